import { generate } from 'otplib';
import { PASSWORD, startTestApp, type TestApp, type TestUser } from '../support/test-app';

const SETUP = 'mutation { setupTwoFactor { secret otpauthUrl } }';
const ENABLE = 'mutation($code: String!) { enableTwoFactor(code: $code) }';
const DISABLE = 'mutation($code: String!) { disableTwoFactor(code: $code) }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token user { id twoFactorEnabled twoFactorSetupRequired } } }';
const ME = '{ me { id twoFactorEnabled twoFactorSetupRequired } }';
const CREATE_NETWORK = 'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { slug } }';
const ADMIN_EMAIL = 'platform-admin@example.org';
const ADMIN_PASSWORD = 'admin passphrase 2026';

/** The code an authenticator app shows, `steps` periods of 30 s from now (computed here, from the secret). */
const codeAt = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

describe('two-factor sign-in over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ADMIN_REQUIRE_TWO_FACTOR: 'true', ADMIN_EMAIL, ADMIN_PASSWORD });
  });
  afterAll(() => t.close());

  const login = (email: string, code?: string, password = PASSWORD) => t.gql(LOGIN, { input: { email, password, ...(code === undefined ? {} : { code }) } });

  /** Enables with the previous period's code (within the one-period drift allowed), so the current one is still unused. */
  async function enableFor(user: TestUser): Promise<{ secret: string; recovery: string[]; enabledWith: string }> {
    const setup = await t.gql(SETUP, {}, user.token);
    expect(setup.errors).toBeUndefined();
    const { secret } = setup.data.setupTwoFactor;
    const enabledWith = await codeAt(secret, -1);
    const enabled = await t.gql(ENABLE, { code: enabledWith }, user.token);
    expect(enabled.errors).toBeUndefined();
    return { secret, recovery: enabled.data.enableTwoFactor, enabledWith };
  }

  it('refuses anonymous callers', async () => {
    for (const [query, variables] of [[SETUP, {}], [ENABLE, { code: '123456' }], [DISABLE, { code: '123456' }]] as const) {
      expect((await t.gql(query, variables)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('sets up a base32 secret with an otpauth URL, stored encrypted, and turns on only with a right code', async () => {
    const user = await t.register();
    const setup = await t.gql(SETUP, {}, user.token);
    const { secret, otpauthUrl } = setup.data.setupTwoFactor;
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const url = new URL(otpauthUrl);
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(url.searchParams.get('secret')).toBe(secret);
    expect(url.searchParams.get('issuer')).toBe('Community Hub');
    const [row] = await t.dataSource.query('SELECT secret_encrypted FROM two_factor_secrets WHERE user_id = $1', [user.id]);
    expect(row.secret_encrypted).not.toContain(secret);

    const wrong = await t.gql(ENABLE, { code: (Number(await codeAt(secret)) + 1).toString().padStart(6, '0').slice(-6) }, user.token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TWO_FACTOR_CODE_INVALID' });
    expect((await t.gql(ME, {}, user.token)).data.me.twoFactorEnabled).toBe(false);

    const enabled = await t.gql(ENABLE, { code: await codeAt(secret) }, user.token);
    expect(enabled.data.enableTwoFactor).toHaveLength(10);
    expect(new Set(enabled.data.enableTwoFactor).size).toBe(10);
    const stored = await t.dataSource.query('SELECT code_hash FROM two_factor_recovery_codes WHERE user_id = $1', [user.id]);
    expect(stored).toHaveLength(10);
    for (const code of enabled.data.enableTwoFactor) expect(JSON.stringify(stored)).not.toContain(code.replace(/-/g, ''));
    expect((await t.gql(ME, {}, user.token)).data.me.twoFactorEnabled).toBe(true);
  });

  it('signs in with a code computed from the secret, refuses a missing, wrong or replayed code', async () => {
    const user = await t.register();
    const { secret, enabledWith } = await enableFor(user);

    const missing = await login(user.email);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'TWO_FACTOR_REQUIRED', reason: 'TWO_FACTOR_CODE_MISSING' });
    expect(missing.data).toBeNull();
    expect(missing.headers.get('set-cookie')).toBeNull();
    const valid = await Promise.all([-1, 0, 1].map((steps) => codeAt(secret, steps)));
    const wrong = await login(user.email, ['000000', '111111', '222222', '333333'].find((c) => !valid.includes(c)));
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'TWO_FACTOR_REQUIRED', reason: 'TWO_FACTOR_CODE_INVALID' });
    // The code that turned two-factor on was used; the app's current code works, once.
    expect((await login(user.email, enabledWith)).errors?.[0].extensions?.code).toBe('TWO_FACTOR_REQUIRED');
    const next = await codeAt(secret);
    const signedIn = await login(user.email, next);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data.login.user).toMatchObject({ id: user.id, twoFactorEnabled: true, twoFactorSetupRequired: false });
    const replayed = await login(user.email, next);
    expect(replayed.errors?.[0].extensions).toMatchObject({ code: 'TWO_FACTOR_REQUIRED', reason: 'TWO_FACTOR_CODE_INVALID' });
    // A wrong password with a right code still says only that the password is wrong.
    expect((await login(user.email, await codeAt(secret), 'not the password!')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts the same code sent twice at once only once (and the same recovery code too)', async () => {
    const user = await t.register();
    const { secret, recovery } = await enableFor(user);
    const code = await codeAt(secret);
    const byCode = await Promise.all([login(user.email, code), login(user.email, code)]);
    expect(byCode.filter((r) => !r.errors)).toHaveLength(1);
    const byRecovery = await Promise.all([login(user.email, recovery[0]), login(user.email, recovery[0])]);
    expect(byRecovery.filter((r) => !r.errors)).toHaveLength(1);
  });

  it('takes a recovery code once in place of a code, then turns off with a code', async () => {
    const user = await t.register();
    const { secret, recovery } = await enableFor(user);
    const first = await login(user.email, recovery[3].toUpperCase());
    expect(first.errors).toBeUndefined();
    expect((await login(user.email, recovery[3])).errors?.[0].extensions?.code).toBe('TWO_FACTOR_REQUIRED');
    expect((await login(user.email, recovery[4])).errors).toBeUndefined();

    const wrongDisable = await t.gql(DISABLE, { code: recovery[3] }, user.token);
    expect(wrongDisable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const disabled = await t.gql(DISABLE, { code: await codeAt(secret) }, user.token);
    expect(disabled.data.disableTwoFactor).toBe(true);
    expect((await login(user.email)).errors).toBeUndefined();
    expect(await t.dataSource.query('SELECT 1 FROM two_factor_recovery_codes WHERE user_id = $1', [user.id])).toEqual([]);
    expect((await t.gql(DISABLE, { code: '123456' }, user.token)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TWO_FACTOR_NOT_ENABLED',
    });
    // Each sign-in with a second factor opened a server-side session, and the security log tells the story.
    expect(await t.count(`sessions WHERE user_id = '${user.id}'`)).toBe(1 + 3);
    // (Sorted: entries written within the same millisecond have no order.)
    const kinds = (await t.dataSource.query('SELECT kind FROM security_log WHERE user_id = $1', [user.id])).map((r: { kind: string }) => r.kind).sort();
    expect(kinds).toEqual([
      'EMAIL_VERIFIED', // the test user followed the emailed link after signing up
      'RECOVERY_CODE_USED', // recovery[3]
      'RECOVERY_CODE_USED', // recovery[4]
      'SIGN_IN', // signed up
      'SIGN_IN', // recovery[3]
      'SIGN_IN', // recovery[4]
      'SIGN_IN', // after turning off
      'TWO_FACTOR_DISABLED',
      'TWO_FACTOR_ENABLED',
      'TWO_FACTOR_FAILED', // recovery[3] again at sign-in
      'TWO_FACTOR_FAILED', // recovery[3] again to turn off
    ]);
  });

  it('counts wrong codes like wrong passwords: the 11th attempt in 5 minutes is refused even when right', async () => {
    const user = await t.register();
    const { secret } = await enableFor(user);
    for (let i = 0; i < 10; i++) expect((await login(user.email, '999999')).errors?.[0].extensions?.code).toBe('TWO_FACTOR_REQUIRED');
    expect((await login(user.email, await codeAt(secret))).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('lets a platform admin sign in but refuses admin-only operations until two-factor is on (ADMIN_REQUIRE_TWO_FACTOR)', async () => {
    const admin = await login(ADMIN_EMAIL, undefined, ADMIN_PASSWORD);
    expect(admin.errors).toBeUndefined();
    expect(admin.data.login.user.twoFactorSetupRequired).toBe(true);
    const user: TestUser = { id: admin.data.login.user.id, token: admin.data.login.token, email: ADMIN_EMAIL, name: 'Platform admin' };
    const input = { name: 'Gated network', slug: 'gated-network' };
    const refused = await t.gql(CREATE_NETWORK, { input }, user.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TWO_FACTOR_SETUP_REQUIRED' });
    expect(await t.dataSource.query("SELECT 1 FROM networks WHERE slug = 'gated-network'")).toEqual([]);
    // Every admin-only operation, not just some: everyone's security log and the statements too.
    const LOG = 'query { securityLog(first: 5) { nodes { kind } } }';
    const PUBLISH = 'mutation($input: UpdateStatementInput!) { updateStatement(input: $input) { version } }';
    const statement = { input: { kind: 'PRIVACY', body: '# Privacy notice\n\nChanged by an admin without two-factor.' } };
    const versions = () => t.dataSource.query("SELECT count(*)::int AS n FROM statement_versions WHERE kind = 'PRIVACY'");
    const before = await versions();
    expect((await t.gql(LOG, {}, user.token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TWO_FACTOR_SETUP_REQUIRED' });
    expect((await t.gql(PUBLISH, statement, user.token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TWO_FACTOR_SETUP_REQUIRED' });
    expect(await versions()).toEqual(before);
    // Someone who is not an admin is refused as before, without the two-factor reason.
    const member = await t.register();
    expect((await t.gql(CREATE_NETWORK, { input }, member.token)).errors?.[0].extensions?.reason).toBeUndefined();

    await enableFor(user);
    expect((await t.gql(ME, {}, user.token)).data.me.twoFactorSetupRequired).toBe(false);
    expect((await t.gql(CREATE_NETWORK, { input }, user.token)).data.createNetwork.slug).toBe('gated-network');
    expect((await t.gql(LOG, {}, user.token)).errors).toBeUndefined();
    expect((await t.gql(PUBLISH, statement, user.token)).errors).toBeUndefined();
  });

  it("lets a platform admin (with two-factor on) reset someone's two-factor: their sessions end and they sign in with the password alone; others are refused", async () => {
    const RESET = 'mutation($userId: ID!) { resetUserTwoFactor(userId: $userId) }';
    const PEOPLE = 'query($search: String) { platformPeople(search: $search) { nodes { id twoFactorEnabled } } }';
    const person = await t.register('Lost Phone');
    await enableFor(person);
    const other = await t.register('Not An Admin');
    // A second platform admin, made so here; admin-only operations need their two-factor on (ADMIN_REQUIRE_TWO_FACTOR).
    const admin = await t.register('Second Admin');
    await t.dataSource.query('UPDATE users SET is_platform_admin = true WHERE id = $1', [admin.id]);
    const count = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM two_factor_secrets WHERE user_id = $1', [person.id]))[0].n;

    // Refused: anonymous, a member, the person themselves, and an admin without two-factor; nothing changes.
    expect((await t.gql(RESET, { userId: person.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(RESET, { userId: person.id }, other.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(RESET, { userId: person.id }, person.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(RESET, { userId: person.id }, admin.token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'TWO_FACTOR_SETUP_REQUIRED' });
    expect(await count()).toBe(1);
    expect((await t.gql(ME, {}, person.token)).data.me.twoFactorEnabled).toBe(true);

    await enableFor(admin);
    expect((await t.gql(RESET, { userId: admin.id }, admin.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const listed = await t.gql(PEOPLE, { search: 'Lost Phone' }, admin.token);
    expect(listed.data.platformPeople.nodes).toEqual([{ id: person.id, twoFactorEnabled: true }]);
    const reset = await t.gql(RESET, { userId: person.id }, admin.token);
    expect(reset.errors).toBeUndefined();
    expect(reset.data.resetUserTwoFactor).toBe(true);
    expect(await count()).toBe(0);
    // Every session of theirs ended; they sign in with the password alone, and the log says who did it.
    expect((await t.gql(ME, {}, person.token)).data.me).toBeNull();
    expect((await login(person.email)).data.login.user.twoFactorEnabled).toBe(false);
    const log = await t.dataSource.query("SELECT kind, detail FROM security_log WHERE user_id = $1 AND kind = 'TWO_FACTOR_DISABLED'", [person.id]);
    expect(log).toEqual([{ kind: 'TWO_FACTOR_DISABLED', detail: 'reset by a platform admin' }]);
    // Again: it is off, so nothing to do.
    expect((await t.gql(RESET, { userId: person.id }, admin.token)).data.resetUserTwoFactor).toBe(false);
  });

  it('has no identity provider sign-in unless OIDC_ISSUER is set: 404, and no button', async () => {
    expect((await fetch(`${t.url}/auth/oidc/start`, { redirect: 'manual' })).status).toBe(404);
    expect((await t.gql('{ identityProvider { buttonLabel } }')).data.identityProvider).toBeNull();
  });
});
