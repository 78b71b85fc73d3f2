import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('HTTP security', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    // The real web build when there is one (`npm test` builds it first); else the page's source, shaped as Vite builds it.
    const built = resolve(__dirname, '../../../../dist/web');
    if (existsSync(join(built, 'index.html'))) {
      webDir = built;
    } else {
      webDir = mkdtempSync(join(process.env.TEST_TMP_DIR ?? '/tmp', 'web-'));
      const source = readFileSync(resolve(__dirname, '../../../web/index.html'), 'utf8');
      writeFileSync(join(webDir, 'index.html'), source.replace('/src/main.tsx', '/assets/index-abc123.js'));
    }
    t = await startTestApp({ CORS_ORIGIN: 'https://partner.example.org', WEB_DIST_DIR: webDir });
  });
  afterAll(() => t.close());

  it('serves the web client with a CSP its page satisfies, and the other protective headers', async () => {
    const response = await fetch(`${t.url}/networks/macclesfield`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['connect-src']).toEqual(expect.arrayContaining(["'self'", 'ws:', 'wss:']));
    // The page passes that policy: every script is a same-origin file; no inline script or handler.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/[^/]/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sends the same headers on API responses', async () => {
    const response = await t.gql('{ __typename }');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(directives(response.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'none'"]);
  });

  it('allows cross-origin calls only from CORS_ORIGIN', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://partner.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const refused = await preflight('https://evil.example.com');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await t.gql('{ __typename }', {}, undefined, { origin: 'https://evil.example.com' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('HTTP security without CORS_ORIGIN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('allows no cross-origin caller at all', async () => {
    const preflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a cross-site form post (CSRF prevention) for cookie sessions', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.status).toBe(400);
  });
});

describe('cookies in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://hub.example.org' });
  });
  afterAll(() => t.close());

  it('marks the session cookie Secure, HttpOnly and SameSite, and sends HSTS', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: RegisterInput!) { register(input: $i) { token } }',
        variables: { i: { email: 'cookie@example.org', password: 'long enough pass', name: 'Cookie' } },
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(directives(response.headers.get('content-security-policy'))).toHaveProperty('upgrade-insecure-requests');
  });
});
