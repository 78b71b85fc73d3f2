import { overSocket } from '../support/socket';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app';

const ME = '{ me { id } }';
const RENAME = 'mutation { updateMyProfile(input: { name: "Renamed over a socket" }) { name } }';

/** The session cookie a browser would hold after signing in on the site. */
async function sessionCookie(t: TestApp, email: string): Promise<string> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { email, password: PASSWORD } } }),
  });
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

describe('WebSocket upgrades and the Origin that sends a session cookie', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGIN: 'https://partner.example.org', PUBLIC_URL: 'https://hub.example.org' });
  });
  afterAll(() => t.close());

  it('refuses a cookie-authenticated socket opened by a page of another origin (4403), and writes nothing', async () => {
    const user = await t.register('Before');
    const cookie = await sessionCookie(t, user.email);
    expect(cookie).toMatch(/^ch_session=/);
    const foreign = await overSocket(t.url, { query: RENAME }, { headers: { cookie, origin: 'https://evil.example.com' } });
    expect(foreign.closeCode).toBe(4403);
    const opaque = await overSocket(t.url, { query: ME }, { headers: { cookie, origin: 'null' } });
    expect(opaque.closeCode).toBe(4403);
    const me = await t.gql('{ me { name } }', {}, user.token);
    expect(me.data.me.name).toBe('Before');
  });

  it('accepts the cookie from the site itself, PUBLIC_URL or a CORS_ORIGIN, and from clients that send no Origin', async () => {
    const user = await t.register();
    const cookie = await sessionCookie(t, user.email);
    for (const origin of [t.url, 'https://hub.example.org', 'https://partner.example.org', undefined]) {
      const answer = await overSocket(t.url, { query: ME }, { headers: { cookie, ...(origin ? { origin } : {}) } });
      expect(answer).toEqual({ data: { me: { id: user.id } } });
    }
  });

  it('accepts a bearer token in connectionParams from any origin (a page cannot send one it does not hold)', async () => {
    const user = await t.register();
    const answer = await overSocket(t.url, { query: ME }, { token: user.token, headers: { origin: 'https://elsewhere.example.com' } });
    expect(answer).toEqual({ data: { me: { id: user.id } } });
    const anonymous = await overSocket(t.url, { query: ME }, { headers: { origin: 'https://elsewhere.example.com' } });
    expect(anonymous).toEqual({ data: { me: null } });
  });
});

describe('a production-mode app over the WebSocket', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', PUBLIC_URL: 'https://hub.example.org' });
  });
  afterAll(() => t.close());

  it('refuses introspection over the socket as over HTTP', async () => {
    const query = '{ __schema { queryType { name } } }';
    const http = await t.gql(query);
    expect(http.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const socket = await overSocket(t.url, { query });
    expect(socket.data).toBeUndefined();
    expect(socket.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(socket.errors?.[0].message).toMatch(/introspection/i);
    expect((await overSocket(t.url, { query: '{ __typename }' })).data).toEqual({ __typename: 'Query' });
  });
});
