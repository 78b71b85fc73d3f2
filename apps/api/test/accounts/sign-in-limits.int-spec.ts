import { randomInt } from 'node:crypto';
import { type Client as WsClient, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { PASSWORD, startTestApp, type GqlResult, type TestApp, uniqueName } from '../support/test-app';

/**
 * The sign-in limits hold for the installation, not per instance: two apps on one
 * database (and, with TEST_REDIS_URL, on one Redis) share every budget.
 */
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';
const PER_MINUTE = 20;

const stores: [string, Record<string, string>][] = [['PostgreSQL (default)', {}]];
// Redis is optional: `npm test` sets TEST_REDIS_URL when a Redis server answers on 127.0.0.1:6379.
if (process.env.TEST_REDIS_URL) stores.push(['Redis (REDIS_URL)', { REDIS_URL: process.env.TEST_REDIS_URL }]);

/** An address of its own for each test (TRUST_PROXY: the proxy's X-Forwarded-For), so runs sharing one Redis do not meet. */
const freshAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code ?? 'OK';

describe.each(stores)('sign-in limits across two instances, counted in %s', (_name, storeEnv) => {
  let a: TestApp;
  let b: TestApp;
  const login = (app: TestApp, email: string, password: string, address = freshAddress()) =>
    app.gql(LOGIN, { input: { email, password } }, undefined, { 'x-forwarded-for': address });

  beforeAll(async () => {
    const env = { AUTH_RATE_LIMIT_PER_MINUTE: String(PER_MINUTE), TRUST_PROXY: 'true', ...storeEnv };
    a = await startTestApp(env);
    b = await startTestApp(env, { databaseName: a.databaseName });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await b?.close();
    await a?.close();
  });

  it('one address gets AUTH_RATE_LIMIT_PER_MINUTE attempts a minute over both instances together', async () => {
    const address = freshAddress();
    const codes: string[] = [];
    for (let i = 0; i < PER_MINUTE + 2; i++) {
      codes.push(codeOf(await login(i % 2 ? b : a, `${uniqueName('nobody')}@example.org`, 'wrong password', address)));
    }
    expect(codes.slice(0, PER_MINUTE)).toEqual(Array(PER_MINUTE).fill('UNAUTHENTICATED'));
    // Each instance alone has seen only 10 or 11: with counts per instance both would pass.
    expect(codes.slice(PER_MINUTE)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(codeOf(await login(a, `${uniqueName('nobody')}@example.org`, 'wrong password'))).toBe('UNAUTHENTICATED');
  });

  it('refuses the 11th password guess on an account, over both instances and two Unicode spellings of its email', async () => {
    const local = uniqueName('zoë');
    const nfc = `${local}@example.org`.normalize('NFC');
    const nfd = `${local.toUpperCase()}@Example.org`.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const user = await a.register('Zoë', { email: nfc });
    // A right password is not a guess.
    expect(codeOf(await login(b, nfd, PASSWORD))).toBe('OK');
    const codes: string[] = [];
    for (let i = 0; i < 10; i++) codes.push(codeOf(await login(i % 2 ? b : a, i % 3 ? nfd : nfc, `guess ${i}`)));
    expect(codes).toEqual(Array(10).fill('UNAUTHENTICATED'));
    // Under the per-minute limit (20), from a new address, with the right password: still refused, on either instance.
    for (const app of [a, b]) {
      const refused = await login(app, app === a ? nfc : nfd, PASSWORD);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(250);
      expect(refused.data).toBeNull();
    }
    // Another account is not affected.
    const other = await a.register('Other');
    expect(codeOf(await login(b, other.email, PASSWORD))).toBe('OK');
    expect(user.id).toBeDefined();
  });
});

describe('password guesses at a slow pace, across two instances (PostgreSQL)', () => {
  let a: TestApp;
  let b: TestApp;
  const clock = { offsetMs: 0 };

  beforeAll(async () => {
    // The per-minute limits alone would let one guess every 40 s through for ever.
    const env = { AUTH_RATE_LIMIT_PER_MINUTE: '3' };
    a = await startTestApp(env);
    b = await startTestApp(env, { databaseName: a.databaseName });
    const realNow = Date.now.bind(Date);
    jest.spyOn(Date, 'now').mockImplementation(() => realNow() + clock.offsetMs);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await b?.close();
    await a?.close();
  });

  it('counts 10 wrong passwords 40 s apart, refuses the 11th, and lets the owner in 5 minutes after the last', async () => {
    const user = await a.register('Slowly guessed');
    const codes: string[] = [];
    for (let i = 0; i < 10; i++) {
      if (i) clock.offsetMs += 40_000;
      const app = i % 2 ? b : a;
      codes.push(codeOf(await app.gql(LOGIN, { input: { email: user.email, password: `slow guess ${i}` } })));
    }
    expect(codes).toEqual(Array(10).fill('UNAUTHENTICATED'));
    clock.offsetMs += 40_000;
    // 400 s after the first guess: no fixed 5-minute window is still open, and the per-minute counts are fresh.
    expect(codeOf(await a.gql(LOGIN, { input: { email: user.email, password: PASSWORD } }))).toBe('RATE_LIMITED');
    clock.offsetMs += 4 * 60_000;
    expect(codeOf(await b.gql(LOGIN, { input: { email: user.email, password: PASSWORD } }))).toBe('RATE_LIMITED');
    clock.offsetMs += 61_000;
    expect(codeOf(await b.gql(LOGIN, { input: { email: user.email, password: PASSWORD } }))).toBe('OK');
  });
});

describe('sign-ins over WebSocket are counted by the socket address', () => {
  let t: TestApp;
  const clients: WsClient[] = [];
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t?.close();
  });

  /** A graphql-ws client whose socket is bound to `localAddress` (any 127.x.y.z reaches the loopback listener). */
  function clientFrom(localAddress: string): WsClient {
    class BoundWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { localAddress });
      }
    }
    const client = createClient({ url: `${t.url.replace('http', 'ws')}/graphql`, webSocketImpl: BoundWebSocket, retryAttempts: 0, lazy: true });
    clients.push(client);
    return client;
  }

  function run(client: WsClient, query: string, variables: Record<string, unknown>): Promise<{ errors?: GqlResult['errors'] }> {
    return new Promise((resolve) => {
      let result: { errors?: GqlResult['errors'] } = {};
      client.subscribe(
        { query, variables },
        {
          next: (value) => (result = value as typeof result),
          error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String(error) }] }),
          complete: () => resolve(result),
        },
      );
    });
  }

  it('gives 127.0.0.2 and 127.0.0.3 a budget each, not one shared "unknown" one', async () => {
    const first = clientFrom('127.0.0.2');
    const second = clientFrom('127.0.0.3');
    const attempt = (client: WsClient) =>
      run(client, LOGIN, { input: { email: `${uniqueName('nobody')}@example.org`, password: 'wrong password' } }).then(
        (result) => result.errors?.[0]?.extensions?.code ?? 'OK',
      );
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push(await attempt(first));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    expect(await attempt(second)).toBe('UNAUTHENTICATED');
    // And neither socket's count is the HTTP clients' (127.0.0.1).
    expect(codeOf(await t.gql(LOGIN, { input: { email: `${uniqueName('nobody')}@example.org`, password: 'wrong password' } }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
