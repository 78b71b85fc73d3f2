import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app';

const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { token user { id name email isPlatformAdmin } } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token user { id } } }';
const ME = '{ me { id name email } }';

describe('accounts over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('registers, normalises the email, and signs in with a bearer token', async () => {
    const result = await t.gql(REGISTER, { input: { email: '  Ada.Lovelace@Example.ORG ', password: PASSWORD, name: ' Ada ' } });
    expect(result.errors).toBeUndefined();
    expect(result.data.register.user).toMatchObject({ name: 'Ada', email: 'ada.lovelace@example.org', isPlatformAdmin: false });
    const me = await t.gql(ME, {}, result.data.register.token);
    expect(me.data.me).toMatchObject({ id: result.data.register.user.id, email: 'ada.lovelace@example.org' });

    const login = await t.gql(LOGIN, { input: { email: 'ADA.LOVELACE@example.org', password: PASSWORD } });
    expect(login.data.login.user.id).toBe(result.data.register.user.id);
  });

  it('accepts 8 to 11 characters that are not a common password, and 12 or more even from common words', async () => {
    for (const [email, password] of [['uncommon@example.org', 'tram-7-owl'], ['long@example.org', 'password1234']]) {
      const result = await t.gql(REGISTER, { input: { email, password, name: 'Pat' } });
      expect(result.errors).toBeUndefined();
      expect((await t.gql(LOGIN, { input: { email, password } })).data.login.user.id).toBe(result.data.register.user.id);
    }
  });

  it('stores an argon2id hash, never the password', async () => {
    const [row] = await t.dataSource.query("SELECT password_hash FROM users WHERE email = 'ada.lovelace@example.org'");
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it('returns null for me when anonymous or with a forged token', async () => {
    expect((await t.gql(ME)).data.me).toBeNull();
    expect((await t.gql(ME, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged')).data.me).toBeNull();
  });

  it.each([
    ['malformed email', { email: 'not-an-email', password: PASSWORD, name: 'X' }, 'BAD_USER_INPUT', /email/],
    ['short password', { email: 'short@example.org', password: 'sev en7', name: 'X' }, 'BAD_USER_INPUT', /at least 8/],
    // Cyber Essentials: 8 to 11 characters only when not a common password (zxcvbn-ts's list), in any case.
    ['common password', { email: 'common@example.org', password: 'Password1', name: 'X' }, 'BAD_USER_INPUT', /commonly used/],
    ['common password of 11', { email: 'common11@example.org', password: 'qwertyuiop1', name: 'X' }, 'BAD_USER_INPUT', /commonly used/],
    ['empty name', { email: 'noname@example.org', password: PASSWORD, name: '   ' }, 'BAD_USER_INPUT', /name/],
    ['duplicate email (any case)', { email: 'ADA.lovelace@example.org', password: PASSWORD, name: 'Y' }, 'CONFLICT', /already exists/],
  ])('refuses %s with a coded error and writes nothing', async (_label, input, code, message) => {
    const before = await t.count('users');
    const result = await t.gql(REGISTER, { input });
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(result.errors?.[0].message).toMatch(message);
    expect(result.data).toBeNull();
    expect(await t.count('users')).toBe(before);
  });

  it('says the same thing for an unknown email and a wrong password', async () => {
    const unknown = await t.gql(LOGIN, { input: { email: 'nobody@example.org', password: PASSWORD } });
    const wrong = await t.gql(LOGIN, { input: { email: 'ada.lovelace@example.org', password: 'wrong password!' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]).toMatchObject({ message: unknown.errors?.[0].message, extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('keeps the web session in an httpOnly cookie that works on its own', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email: 'ada.lovelace@example.org', password: PASSWORD } } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ch_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await t.gql(ME, {}, undefined, { cookie: cookie.split(';')[0] });
    expect(me.data.me.email).toBe('ada.lovelace@example.org');

    const logout = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0] },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(logout.headers.get('set-cookie')).toMatch(/ch_session=;/);
    // The session itself ended: the old cookie, replayed, is anonymous.
    expect((await t.gql(ME, {}, undefined, { cookie: cookie.split(';')[0] })).data.me).toBeNull();
  });

  it('signs in a WebSocket by the session cookie sent with its upgrade', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email: 'ada.lovelace@example.org', password: PASSWORD } } }),
    });
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
    const meOverSocket = async (headers: Record<string, string>) => {
      const client = createClient({
        url: `${t.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers });
          }
        },
        retryAttempts: 0,
      });
      try {
        return await new Promise<unknown>((resolve, reject) => {
          let result: unknown;
          client.subscribe({ query: ME }, { next: (value) => (result = value), error: reject, complete: () => resolve(result) });
        });
      } finally {
        await client.dispose();
      }
    };
    expect(await meOverSocket({ cookie: `theme=dark; ${cookie}` })).toMatchObject({ data: { me: { email: 'ada.lovelace@example.org' } } });
    expect(await meOverSocket({})).toMatchObject({ data: { me: null } });
    expect(await meOverSocket({ cookie: 'ch_session=%E0%A4%A' })).toMatchObject({ data: { me: null } });
  });

  it('refuses cross-site "simple" requests (CSRF prevention)', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.status).toBe(400);
  });

  it('lets a person change their own name, and only when signed in', async () => {
    const user = await t.register('Before');
    const changed = await t.gql('mutation { updateMyProfile(input: { name: "After" }) { name } }', {}, user.token);
    expect(changed.data.updateMyProfile.name).toBe('After');
    const anonymous = await t.gql('mutation { updateMyProfile(input: { name: "Nope" }) { name } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('sign-in rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '10' });
  });
  afterAll(() => t.close());

  it('refuses the 11th attempt in a minute with RATE_LIMITED, not a 500', async () => {
    const attempts = [];
    for (let i = 0; i < 11; i++) {
      attempts.push(await t.gql(LOGIN, { input: { email: 'victim@example.org', password: `guess number ${i}` } }));
    }
    expect(attempts.slice(0, 10).every((a) => a.errors?.[0].extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    expect(attempts[10].status).toBeLessThan(500);
    expect(attempts[10].errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(attempts[10].errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});
