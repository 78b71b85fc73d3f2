import type { Express } from 'express';
import { gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * POST /graphql is answered without Express's router (answerGraphQLPostsDirectly).
 * `POST /graphql?via=express` still goes through Express (the direct path takes
 * the exact path only, and Apollo ignores a POST's query string), so each request
 * here is sent both ways and the answers compared.
 */
interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Headers that differ between two answers to the same request by nature. */
const PER_RESPONSE = new Set(['date', 'x-request-id', 'keep-alive', 'connection']);

async function send(url: string, init: { headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: init.headers, body: init.body });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    if (!PER_RESPONSE.has(key)) headers[key] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

describe('POST /graphql without the Express router', () => {
  let t: TestApp;
  let expressHandled = 0;

  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGIN: 'https://partner.example.org', MAX_REQUEST_BYTES: '2000' });
    // Count the requests Express's app sees (its request handler calls app.handle).
    const express = t.app.getHttpAdapter().getInstance() as Express & { handle: (...args: unknown[]) => unknown };
    const handle = express.handle.bind(express);
    express.handle = (...args: unknown[]) => {
      expressHandled++;
      return handle(...args);
    };
  });
  afterAll(() => t.close());

  /** Sends the request to the direct path and through Express; both answers, and how many Express saw. */
  async function bothWays(init: { headers?: Record<string, string>; body?: string | Buffer }) {
    const before = expressHandled;
    const direct = await send(`${t.url}/graphql`, init);
    const seenDirect = expressHandled - before;
    const viaExpress = await send(`${t.url}/graphql?via=express`, init);
    return { direct, viaExpress, seenDirect, seenViaExpress: expressHandled - before - seenDirect };
  }

  const json = { 'content-type': 'application/json' };

  it.each([
    ['a query', { headers: json, body: JSON.stringify({ query: '{ __typename }' }) }, 200],
    ['a query the schema refuses', { headers: json, body: JSON.stringify({ query: '{ noSuchField }' }) }, 400],
    ['a body over MAX_REQUEST_BYTES', { headers: json, body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(3000)}` }) }, 413],
    ['a body that is not JSON', { headers: json, body: '{"query": ' }, 400],
    ['JSON that is not an object (strict body parsing)', { headers: json, body: '"{ __typename }"' }, 400],
    ['an empty JSON body', { headers: json, body: '' }, 400],
    ['a text/plain post (CSRF prevention)', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) }, 400],
    [
      'a gzip-encoded body',
      { headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(JSON.stringify({ query: '{ __typename }' })) },
      200,
    ],
    ['a charset the body parser refuses', { headers: { 'content-type': 'application/json; charset=latin1' }, body: '{}' }, 415],
  ])('answers %s exactly as Express does, without Express', async (_name, init, status) => {
    const { direct, viaExpress, seenDirect, seenViaExpress } = await bothWays(init);
    expect(direct.status).toBe(status);
    expect(direct).toEqual(viaExpress);
    expect(seenDirect).toBe(0);
    expect(seenViaExpress).toBe(1);
  });

  it('sets the session cookie on sign-in as Express does (res.cookie works on the direct path)', async () => {
    const user = await t.register('Cookie Direct');
    const body = JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { user { id } } }',
      variables: { input: { email: user.email, password: 'correct horse battery' } },
    });
    const { direct, viaExpress, seenDirect } = await bothWays({ headers: json, body });
    expect(seenDirect).toBe(0);
    expect(direct.status).toBe(200);
    expect(JSON.parse(direct.body)).toEqual({ data: { login: { user: { id: user.id } } } });
    const cookieShape = (answer: Answer) => answer.headers['set-cookie'].replace(/^([^=]+)=[^;]+/, '$1=…').replace(/Expires=[^;]+/, 'Expires=…');
    expect(cookieShape(direct)).toMatch(/HttpOnly/);
    expect(cookieShape(direct)).toBe(cookieShape(viaExpress));
  });

  it('reads the caller from the session cookie and gives a fresh request id, or keeps a plain one', async () => {
    const user = await t.register('Cookie Caller');
    const login = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { user { id } } }',
        variables: { input: { email: user.email, password: 'correct horse battery' } },
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const me = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { ...json, cookie, 'x-request-id': 'caller-chosen-id-1' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(await me.json()).toEqual({ data: { me: { id: user.id } } });
    expect(me.headers.get('x-request-id')).toBe('caller-chosen-id-1');
    const fresh = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { ...json, 'x-request-id': 'not plain <script>' }, body: '{"query":"{ __typename }"}' });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers cross-origin posts with the CORS headers Express would send', async () => {
    for (const origin of ['https://partner.example.org', 'https://evil.example.com']) {
      const { direct, viaExpress, seenDirect } = await bothWays({ headers: { ...json, origin }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(seenDirect).toBe(0);
      expect(direct).toEqual(viaExpress);
    }
    const allowed = await send(`${t.url}/graphql`, { headers: { ...json, origin: 'https://partner.example.org' }, body: '{"query":"{ __typename }"}' });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example.org');
    expect(allowed.headers['access-control-allow-credentials']).toBe('true');
    const refused = await send(`${t.url}/graphql`, { headers: { ...json, origin: 'https://evil.example.com' }, body: '{"query":"{ __typename }"}' });
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('counts direct requests in the HTTP metrics', async () => {
    const metric = async () => {
      const text = await (await fetch(`${t.url}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith('community_hub_http_requests_total') && l.includes('route="/graphql"') && l.includes('status="200"') && l.includes('method="POST"'));
      return line ? Number(line.split(' ').pop()) : 0;
    };
    const before = await metric();
    for (let i = 0; i < 3; i++) await send(`${t.url}/graphql`, { headers: json, body: '{"query":"{ __typename }"}' });
    expect((await metric()) - before).toBe(3);
  });

  it('still hands every other request to Express', async () => {
    const before = expressHandled;
    expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(expressHandled - before).toBe(2);
  });
});
