import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.storage.endpoint).toBeUndefined();
    expect(config.demoData).toBe(true);
    expect(config.graphql.explorer).toBe(true);
  });

  it('names the bad variable and its value', () => {
    expect(() => loadConfig({ PORT: 'three thousand' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'three thousand' });
    } catch (error) {
      expect((error as ConfigError).problems[0]).toMatch(/^PORT .*"three thousand"/);
    }
  });

  it('requires S3 credentials with an S3 endpoint', () => {
    expect(() => loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_ACCESS_KEY/);
  });

  it('refuses direct transfer mode without a real S3 endpoint', () => {
    expect(() => loadConfig({ S3_PUBLIC_URL: 'http://localhost:9000' })).toThrow(/S3_PUBLIC_URL/);
  });

  it('requires a secret in production and turns the explorer off there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET/);
    const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) });
    expect(config.graphql.explorer).toBe(false);
  });

  it('requires admin email and password together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'admin@example.org' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('runs one API process unless API_WORKERS asks for more', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ API_WORKERS: '1' }).workers).toBe(1);
    expect(loadConfig({ API_WORKERS: '4' }).workers).toBe(4);
    expect(loadConfig({ API_WORKERS: 'auto' }).workers).toBe(availableParallelism());
  });

  it.each(['0', '-2', '1.5', 'two', 'AUTO', ' 2', '2e1'])('refuses API_WORKERS=%j, naming it', (value) => {
    try {
      loadConfig({ API_WORKERS: value });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([`API_WORKERS must be a whole number of at least 1, or auto (got "${value}")`]);
    }
  });
});
