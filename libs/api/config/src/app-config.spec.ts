import { ConfigError, loadConfig, publicBaseUrl } from './app-config';

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

  it('requires a secret and PUBLIC_URL in production, and nothing else, and turns the explorer off there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'http://hub.example.org' })).toThrow(/AUTH_SECRET is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) })).toThrow(/PUBLIC_URL is required/);
    const config = loadConfig({ NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), PUBLIC_URL: 'http://hub.example.org/' });
    expect(config.graphql.explorer).toBe(false);
    expect(publicBaseUrl(config)).toBe('http://hub.example.org');
  });

  it('builds links from PUBLIC_URL, else http://localhost:PORT, and takes only http(s) addresses', () => {
    expect(publicBaseUrl(loadConfig({ PORT: '4321' }))).toBe('http://localhost:4321');
    expect(publicBaseUrl(loadConfig({ PUBLIC_URL: 'https://hub.example.org' }))).toBe('https://hub.example.org');
    expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL must be an http/);
  });

  it('requires admin email and password together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'admin@example.org' })).toThrow(/ADMIN_PASSWORD/);
  });

  it.each(['2', 'auto', '0'])('refuses the removed API_WORKERS=%j, naming it (1 is still accepted)', (value) => {
    expect(() => loadConfig({ API_WORKERS: '1' })).not.toThrow();
    try {
      loadConfig({ API_WORKERS: value });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        `API_WORKERS was removed: run several instances behind a load balancer instead (README, "Several instances") (got "${value}")`,
      ]);
    }
  });
});
