import { OidcService } from '@community-hub/api-accounts';
import { Browser, freePort, OIDC_CLIENT, type OidcProviderProcess, startOidcProvider } from '../support/oidc-provider';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app';

const ME = '{ me { id name email } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token user { id } } }';
const CHANGE_PASSWORD = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token } }';
const CREATE_NETWORK = 'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { slug } }';
const ADMIN_EMAIL = 'admin@example.org';
const ADMIN_PASSWORD = 'admin passphrase 2026';

/**
 * OpenID Connect sign-in against a real provider (oidc-provider in its own process on
 * loopback): discovery, authorization code with PKCE, state and nonce, signed ID token.
 */
describe('sign-in through the identity provider (OIDC)', () => {
  let provider: OidcProviderProcess;
  let t: TestApp;

  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(`${publicUrl}/auth/oidc/callback`, { OIDC_ADMIN_EMAIL: ADMIN_EMAIL });
    t = await startTestApp(
      {
        PUBLIC_URL: publicUrl,
        OIDC_ISSUER: provider.address,
        OIDC_CLIENT_ID: OIDC_CLIENT.id,
        OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
        OIDC_BUTTON_LABEL: 'Sign in with Cheshire East',
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        ADMIN_REQUIRE_TWO_FACTOR: 'true',
      },
      { port },
    );
  });
  afterAll(async () => {
    await t?.close();
    await provider?.stop();
  });

  const start = (next = '/networks') => `${t.url}/auth/oidc/start?next=${encodeURIComponent(next)}`;
  const sessionOf = (browser: Browser) => browser.cookie(t.url, 'ch_session');
  const me = async (browser: Browser) => (await t.gql(ME, {}, undefined, { cookie: `ch_session=${sessionOf(browser)}` })).data.me;

  it('shows the button label to anyone', async () => {
    const result = await t.gql('{ identityProvider { buttonLabel startPath } }');
    expect(result.data.identityProvider).toEqual({ buttonLabel: 'Sign in with Cheshire East', startPath: '/auth/oidc/start' });
  });

  it('creates the account at the first sign-in and finds the same one, by subject, at the next', async () => {
    const before = await t.count('users');
    const first = new Browser({ account: 'alice-sub' });
    const landed = await first.visit(start('/networks/crewe'));
    expect(landed.url).toBe(`${t.url}/networks/crewe`);
    const alice = await me(first);
    expect(alice).toMatchObject({ email: 'alice@council.example', name: 'Alice Council' });
    expect(await t.count('users')).toBe(before + 1);
    const [row] = await t.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [alice.id]);
    expect(row.password_hash).toBeNull();
    expect(await t.dataSource.query('SELECT issuer, subject FROM oidc_links WHERE user_id = $1', [alice.id])).toEqual([
      { issuer: provider.address, subject: 'alice-sub' },
    ]);

    const second = new Browser({ account: 'alice-sub' });
    await second.visit(start());
    expect((await me(second)).id).toBe(alice.id);
    expect(await t.count('users')).toBe(before + 1);
    // A fresh provider sign-in is what confirms deleting this password-less account.
    const oidc = t.app.get(OidcService);
    expect(await oidc.hasFreshSignIn(alice.id)).toBe(true);
    await t.dataSource.query("UPDATE oidc_links SET last_sign_in_at = now() - interval '10 minutes' WHERE user_id = $1", [alice.id]);
    expect(await oidc.hasFreshSignIn(alice.id)).toBe(false);
    // It has no password: password sign-in is refused like a wrong one, and changing "the" password is refused with a reason.
    expect((await t.gql(LOGIN, { input: { email: 'alice@council.example', password: PASSWORD } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const change = await t.gql(CHANGE_PASSWORD, { i: { currentPassword: '', newPassword: 'a brand new passphrase 2026' } }, undefined, {
      cookie: `ch_session=${sessionOf(second)}`,
    });
    expect(change.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_PASSWORD' });
    expect((await t.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [alice.id]))[0].password_hash).toBeNull();
    // Both provider sign-ins opened server-side sessions and were recorded; the link once.
    expect(await t.count(`sessions WHERE user_id = '${alice.id}' AND ended_at IS NULL`)).toBe(2);
    const kinds = await t.dataSource.query('SELECT kind FROM security_log WHERE user_id = $1', [alice.id]);
    expect(kinds.map((r: { kind: string }) => r.kind).filter((k: string) => k.startsWith('OIDC')).sort()).toEqual(['OIDC_LINKED', 'OIDC_SIGN_IN', 'OIDC_SIGN_IN']);
  });

  it('refuses an address the provider has not verified, and makes no account', async () => {
    const before = await t.count('users');
    const browser = new Browser({ account: 'unverified-sub' });
    const landed = await browser.visit(start());
    expect(new URL(landed.url).pathname).toBe('/signin');
    expect(new URL(landed.url).searchParams.get('oidc')).toBe('email-unverified');
    expect(sessionOf(browser)).toBeUndefined();
    expect(await t.count('users')).toBe(before);
  });

  it('refuses a callback that does not belong to a flow this browser started (state, PKCE)', async () => {
    const browser = new Browser();
    const landed = await browser.visit(`${t.url}/auth/oidc/callback?code=forged&state=forged`);
    expect(new URL(landed.url).searchParams.get('oidc')).toBe('failed');
    expect(sessionOf(browser)).toBeUndefined();
  });

  it('links an existing password account only after one password sign-in', async () => {
    const owner = await t.register('Lin Ker', { email: 'linker@example.org' });
    const browser = new Browser({ account: 'linker-sub' });
    const refused = await browser.visit(start());
    expect(new URL(refused.url).searchParams.get('oidc')).toBe('link-password');
    expect(sessionOf(browser)).toBeUndefined();
    expect(await t.count('oidc_links WHERE user_id = ' + `'${owner.id}'`)).toBe(0);

    // A wrong password does not link.
    const cookie = browser.cookieHeader(t.url);
    expect((await t.gql(LOGIN, { input: { email: owner.email, password: 'not the password!' } }, undefined, { cookie })).errors).toBeDefined();
    expect(await t.count(`oidc_links WHERE user_id = '${owner.id}'`)).toBe(0);
    const signedIn = await t.gql(LOGIN, { input: { email: owner.email, password: PASSWORD } }, undefined, { cookie });
    expect(signedIn.errors).toBeUndefined();
    expect(await t.count(`oidc_links WHERE user_id = '${owner.id}'`)).toBe(1);
    expect(await t.count(`security_log WHERE user_id = '${owner.id}' AND kind = 'OIDC_LINKED'`)).toBe(1);

    const again = new Browser({ account: 'linker-sub' });
    await again.visit(start());
    expect((await me(again)).id).toBe(owner.id);
  });

  it('lets a platform admin in only with the provider MFA claim, which then counts as two-factor', async () => {
    // Linked after one password sign-in, as any password account.
    const linking = new Browser({ account: 'admin-sub', amr: 'pwd,mfa' });
    await linking.visit(start());
    const byPassword = await t.gql(LOGIN, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } }, undefined, { cookie: linking.cookieHeader(t.url) });
    const passwordToken = byPassword.data.login.token as string;

    const withoutMfa = new Browser({ account: 'admin-sub', amr: 'pwd' });
    const refused = await withoutMfa.visit(start());
    expect(new URL(refused.url).searchParams.get('oidc')).toBe('admin-mfa');
    expect(sessionOf(withoutMfa)).toBeUndefined();

    const withMfa = new Browser({ account: 'admin-sub', amr: 'pwd,mfa' });
    const landed = await withMfa.visit(start());
    expect(landed.url).toBe(`${t.url}/networks`);
    const cookie = `ch_session=${sessionOf(withMfa)}`;
    const created = await t.gql(CREATE_NETWORK, { input: { name: 'Provider MFA', slug: 'provider-mfa' } }, undefined, { cookie });
    expect(created.errors).toBeUndefined();
    // The provider's MFA counts for the session it opened only: the admin's password session still may not.
    const byPasswordSession = await t.gql(CREATE_NETWORK, { input: { name: 'Password only', slug: 'password-only' } }, passwordToken);
    expect(byPasswordSession.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TWO_FACTOR_SETUP_REQUIRED' });

    // A platform suspension refuses a provider sign-in too.
    const [alice] = await t.dataSource.query("SELECT user_id AS id FROM oidc_links WHERE subject = 'alice-sub'");
    const suspended = await t.gql('mutation($i: PlatformSuspensionInput!) { suspendUser(input: $i) }', { i: { userId: alice.id } }, undefined, { cookie });
    expect(suspended.errors).toBeUndefined();
    const aliceAgain = new Browser({ account: 'alice-sub' });
    const refusedSuspended = await aliceAgain.visit(start());
    expect(new URL(refusedSuspended.url).searchParams.get('oidc')).toBe('suspended');
    expect(sessionOf(aliceAgain)).toBeUndefined();
  });

  it('refuses a provider that announces another issuer than the configured one', async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    const other = await startOidcProvider(`${publicUrl}/auth/oidc/callback`, { OIDC_ANNOUNCED_PATH: '/another-tenant' });
    const app = await startTestApp(
      { PUBLIC_URL: publicUrl, OIDC_ISSUER: other.address, OIDC_CLIENT_ID: OIDC_CLIENT.id, OIDC_CLIENT_SECRET: OIDC_CLIENT.secret },
      { port },
    );
    try {
      const browser = new Browser();
      const landed = await browser.visit(`${app.url}/auth/oidc/start`);
      expect(new URL(landed.url).searchParams.get('oidc')).toBe('wrong-issuer');
      expect(browser.cookie(app.url, 'ch_session')).toBeUndefined();
      expect(await app.count('users')).toBe(0);
    } finally {
      await app.close();
      await other.stop();
    }
  });
});
