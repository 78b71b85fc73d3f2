import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { generate } from 'otplib';
import { AccountRecoveryService, AccountTokenPurpose } from '@community-hub/api-accounts';
import { ADMIN_ENV, type NetworkScenario, networkScenario } from '../support/scenarios';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app';

const RESET_REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { token user { id email emailVerified } } }';
const ME = '{ me { id email emailVerified } }';
const VERIFY = 'mutation($t: String!) { verifyEmail(token: $t) { id emailVerified } }';
const CREATE_THREAD = 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }';
const REQUEST_UPLOAD = 'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId } }';
const RSVP = 'mutation($id: ID!) { rsvp(eventId: $id, status: GOING) { id myRsvp } }';
const JOIN = 'mutation($id: ID!) { joinNetwork(networkId: $id) { id status } }';
const NEW_PASSWORD = 'a brand new passphrase';

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The emails written to DATA_DIR/mail so far, decoded as a mail client would. */
async function mailbox(t: TestApp): Promise<Mail[]> {
  const folder = join(t.config.dataDir, 'mail');
  const names = await readdir(folder).catch(() => [] as string[]);
  return Promise.all(
    names.map(async (name) => {
      const parsed = await simpleParser(await readFile(join(folder, name)));
      const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
      return { to, subject: parsed.subject ?? '', text: parsed.text ?? '' };
    }),
  );
}

/** Waits for the background job to write an email to `to` about `subject`, and returns its link's token. */
async function emailedToken(t: TestApp, to: string, path: string, already = 0): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const links = (await mailbox(t))
      .filter((m) => m.to === to)
      .flatMap((m) => [...m.text.matchAll(/(https?:\/\/\S+?)\/([a-z-]+)\?token=([A-Za-z0-9_-]+)/g)])
      .filter((m) => m[2] === path);
    if (links.length > already) {
      expect(links[already][1]).toBe(t.config.publicUrl ?? `http://localhost:${t.config.port}`);
      return links[already][3];
    }
    if (Date.now() > deadline) throw new Error(`No ${path} email to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)] + sorted[Math.ceil((sorted.length - 1) / 2)]) / 2;
};

describe('Recovery and verification (over HTTP)', () => {
  let t: TestApp;
  let s: NetworkScenario;
  let address = 0;
  /** A fresh client address per call (TRUST_PROXY), so the per-address limit is not what a test measures. */
  const from = () => ({ 'x-forwarded-for': `10.1.${Math.floor(++address / 250)}.${address % 250}` });

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, JOBS_POLLING_INTERVAL_SECONDS: '0.5', AUTH_RATE_LIMIT_PER_MINUTE: '60', TRUST_PROXY: 'true' });
    s = await networkScenario(t, 'PUBLIC');
  }, 60_000);
  afterAll(() => t.close());

  it('answers requestPasswordReset the same for known and unknown addresses, in the same time (median of 50 each, < 20 ms apart)', async () => {
    const known = await t.register('Kim Known');
    const timings = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < 50; i++) {
      for (const kind of i % 2 ? (['known', 'unknown'] as const) : (['unknown', 'known'] as const)) {
        const email = kind === 'known' ? known.email : `nobody-${i}@example.org`;
        const started = performance.now();
        const result = await t.gql(RESET_REQUEST, { e: email }, undefined, from());
        timings[kind].push(performance.now() - started);
        expect(result.errors).toBeUndefined();
        expect(result.data.requestPasswordReset).toBe(true);
      }
    }
    expect(Math.abs(median(timings.known) - median(timings.unknown))).toBeLessThan(20);
    // The known address got its email(s); the unknown ones got nothing.
    await emailedToken(t, known.email, 'reset-password');
    expect((await mailbox(t)).filter((m) => m.to.startsWith('nobody-'))).toHaveLength(0);
  }, 60_000);

  it('is rate-limited like sign-in: RATE_LIMITED is the only other answer', async () => {
    const email = 'limited@example.org';
    let refusal: any;
    for (let i = 0; i < 61 && !refusal; i++) {
      const result = await t.gql(RESET_REQUEST, { e: email }, undefined, from());
      if (result.errors) refusal = result.errors[0];
      else expect(result.data.requestPasswordReset).toBe(true);
    }
    expect(refusal.extensions.code).toBe('RATE_LIMITED');
    expect(refusal.extensions.retryAfterSeconds).toBeGreaterThan(0);
  }, 30_000);

  it('resets the password with the emailed link, once, and signs in; a used, expired or made-up link is refused with a reason', async () => {
    const person = await t.register('Rita Reset');
    expect((await t.gql(RESET_REQUEST, { e: person.email.toUpperCase() }, undefined, from())).data.requestPasswordReset).toBe(true);
    const token = await emailedToken(t, person.email, 'reset-password');

    const weak = await t.gql(RESET, { i: { token, newPassword: 'password' } });
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const elsewhere = await t.login(person.email, PASSWORD);
    const reset = await t.gql(RESET, { i: { token, newPassword: NEW_PASSWORD } }, undefined, { 'user-agent': 'Reset Browser/1.0' });
    expect(reset.errors).toBeUndefined();
    expect(reset.data.resetPassword.user).toMatchObject({ id: person.id, email: person.email });
    expect((await t.gql(ME, {}, reset.data.resetPassword.token)).data.me.id).toBe(person.id);
    expect(reset.headers.get('set-cookie')).toMatch(/session=/);
    // A new server-side session; every other session of the person (sign-up, another sign-in) has ended.
    expect((await t.gql(ME, {}, person.token)).data.me).toBeNull();
    expect((await t.gql(ME, {}, elsewhere.token)).data.me).toBeNull();
    const open: { user_agent: string | null }[] = await t.dataSource.query('SELECT user_agent FROM sessions WHERE user_id = $1 AND ended_at IS NULL', [person.id]);
    expect(open).toEqual([{ user_agent: 'Reset Browser/1.0' }]);
    const logged: { kind: string; detail: string | null; user_agent: string | null }[] = await t.dataSource.query(
      'SELECT kind, detail, user_agent FROM security_log WHERE user_id = $1',
      [person.id],
    );
    expect(logged).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'PASSWORD_RESET_REQUESTED' }),
        expect.objectContaining({ kind: 'PASSWORD_RESET', user_agent: 'Reset Browser/1.0' }),
        expect.objectContaining({ kind: 'SIGN_IN', detail: 'after a password reset' }),
        expect.objectContaining({ kind: 'SESSION_ENDED', detail: 'password reset' }),
      ]),
    );

    const again = await t.gql(RESET, { i: { token, newPassword: 'yet another passphrase' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LINK_USED' });
    await expect(t.login(person.email, PASSWORD)).rejects.toThrow(/UNAUTHENTICATED/);
    expect((await t.login(person.email, NEW_PASSWORD)).id).toBe(person.id);

    const recovery = t.app.get(AccountRecoveryService, { strict: false });
    const stale = await recovery.issueToken(person.id, AccountTokenPurpose.PASSWORD_RESET, person.email);
    await t.dataSource.query("UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND user_id = $1", [person.id]);
    expect((await t.gql(RESET, { i: { token: stale, newPassword: 'yet another passphrase' } })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'LINK_EXPIRED',
    });
    expect((await t.gql(RESET, { i: { token: 'made-up', newPassword: 'yet another passphrase' } })).errors?.[0]?.extensions?.reason).toBe('LINK_INVALID');
    // Only hashes are stored.
    const stored: { token_hash: string }[] = await t.dataSource.query('SELECT token_hash FROM account_tokens WHERE user_id = $1', [person.id]);
    expect(stored.map((r) => r.token_hash)).not.toContain(token);
  }, 60_000);

  it('a reset for a suspended person sets no session: FORBIDDEN (ACCOUNT_SUSPENDED), nothing signed in, the refusal in the security log', async () => {
    const person = await t.register('Sid Suspended');
    const suspended = await t.gql('mutation($i: PlatformSuspensionInput!) { suspendUser(input: $i) }', { i: { userId: person.id, note: 'Spam' } }, s.platformAdmin.token);
    expect(suspended.errors).toBeUndefined();
    const recovery = t.app.get(AccountRecoveryService, { strict: false });
    const token = await recovery.issueToken(person.id, AccountTokenPurpose.PASSWORD_RESET, person.email);
    const reset = await t.gql(RESET, { i: { token, newPassword: NEW_PASSWORD } });
    expect(reset.data).toBeNull();
    expect(reset.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_SUSPENDED' });
    expect(reset.headers.get('set-cookie') ?? '').not.toMatch(/session=[^;]/);
    const open: unknown[] = await t.dataSource.query('SELECT 1 FROM sessions WHERE user_id = $1 AND ended_at IS NULL', [person.id]);
    expect(open).toHaveLength(0);
    const logged: { kind: string; detail: string | null }[] = await t.dataSource.query('SELECT kind, detail FROM security_log WHERE user_id = $1', [person.id]);
    expect(logged).toContainEqual({ kind: 'SIGN_IN_FAILED', detail: 'account suspended' });
    expect(logged).not.toContainEqual(expect.objectContaining({ kind: 'SIGN_IN', detail: 'after a password reset' }));
    // Signing in with the password is refused the same way (the check is where every session starts).
    expect((await t.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email: person.email, password: NEW_PASSWORD } })).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ACCOUNT_SUSPENDED',
    });
  }, 30_000);

  it('a reset for an account with two-factor on sets the password and ends every session, but signs in nobody: TWO_FACTOR_REQUIRED', async () => {
    const person = await t.register('Tess Twofactor');
    const setup = await t.gql('mutation { setupTwoFactor { secret } }', {}, person.token);
    const { secret } = setup.data.setupTwoFactor;
    const enabledWith = await generate({ secret, epoch: Math.floor(Date.now() / 1000) - 30 });
    expect((await t.gql('mutation($code: String!) { enableTwoFactor(code: $code) }', { code: enabledWith }, person.token)).errors).toBeUndefined();
    const openBefore: unknown[] = await t.dataSource.query('SELECT 1 FROM sessions WHERE user_id = $1 AND ended_at IS NULL', [person.id]);
    expect(openBefore.length).toBeGreaterThan(0);

    const recovery = t.app.get(AccountRecoveryService, { strict: false });
    const token = await recovery.issueToken(person.id, AccountTokenPurpose.PASSWORD_RESET, person.email);
    const reset = await t.gql(RESET, { i: { token, newPassword: NEW_PASSWORD } });
    expect(reset.data).toBeNull();
    expect(reset.errors?.[0]?.extensions?.code).toBe('TWO_FACTOR_REQUIRED');
    expect(reset.headers.get('set-cookie') ?? '').not.toMatch(/session=[^;]/);
    // Every session ended (the token in hand is anonymous now) and none was started.
    expect((await t.gql(ME, {}, person.token)).data.me).toBeNull();
    const open: unknown[] = await t.dataSource.query('SELECT 1 FROM sessions WHERE user_id = $1 AND ended_at IS NULL', [person.id]);
    expect(open).toHaveLength(0);
    const logged: { kind: string; detail: string | null }[] = await t.dataSource.query('SELECT kind, detail FROM security_log WHERE user_id = $1', [person.id]);
    expect(logged).toContainEqual(expect.objectContaining({ kind: 'PASSWORD_RESET' }));
    expect(logged).not.toContainEqual(expect.objectContaining({ kind: 'SIGN_IN', detail: 'after a password reset' }));
    // The password is set: the old one is refused, the new one asks for the code.
    await expect(t.login(person.email, PASSWORD)).rejects.toThrow(/UNAUTHENTICATED/);
    const withoutCode = await t.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email: person.email, password: NEW_PASSWORD } });
    expect(withoutCode.errors?.[0]?.extensions?.code).toBe('TWO_FACTOR_REQUIRED');
    // The link was used: it cannot be tried again.
    expect((await t.gql(RESET, { i: { token, newPassword: 'yet another passphrase' } })).errors?.[0]?.extensions?.reason).toBe('LINK_USED');
  }, 30_000);

  it('an unverified person can read and join a public network, but not post, upload or RSVP (EMAIL_NOT_VERIFIED) until they follow the emailed link', async () => {
    const newcomer = await t.register('Nia Newcomer', { verified: false });
    expect((await t.gql(ME, {}, newcomer.token)).data.me.emailVerified).toBe(false);
    expect((await t.gql(JOIN, { id: s.networkId }, newcomer.token)).data.joinNetwork.status).toBe('ACTIVE');
    const event = await t.gql(
      'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
      { i: { networkId: s.networkId, title: 'Litter pick', location: 'Park', startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000) } },
      s.member.token,
    );
    expect(event.errors).toBeUndefined();

    const attempts = () => [
      t.gql(CREATE_THREAD, { i: { networkId: s.networkId, title: 'Hello', body: 'First post' } }, newcomer.token),
      t.gql(REQUEST_UPLOAD, { i: { networkId: s.networkId, filename: 'a.pdf', contentType: 'application/pdf', size: 10 } }, newcomer.token),
      t.gql(RSVP, { id: event.data.createEvent.id }, newcomer.token),
    ];
    for (const refused of await Promise.all(attempts())) {
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });
    }
    expect(await t.count('threads')).toBe(0);
    expect(await t.count('event_rsvps')).toBe(0);

    // A non-member is still told what they always were (the membership rule comes first).
    const stranger = await t.register('Sam Stranger', { verified: false });
    expect((await t.gql(CREATE_THREAD, { i: { networkId: s.networkId, title: 'Hi', body: 'x' } }, stranger.token)).errors?.[0]?.extensions?.reason).toBeUndefined();

    expect((await t.gql('mutation { resendVerificationEmail }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql('mutation { resendVerificationEmail }', {}, newcomer.token)).data.resendVerificationEmail).toBe(true);
    const token = await emailedToken(t, newcomer.email, 'verify-email');
    const verified = await t.gql(VERIFY, { t: token });
    expect(verified.data.verifyEmail).toEqual({ id: newcomer.id, emailVerified: true });
    expect((await t.gql(VERIFY, { t: token })).errors?.[0]?.extensions?.reason).toBe('LINK_USED');

    for (const allowed of await Promise.all(attempts())) expect(allowed.errors).toBeUndefined();
  }, 60_000);

  it('changes the email only once the new address is confirmed, and tells the old one', async () => {
    const person = await t.register('Cai Change');
    const change = 'mutation($i: RequestEmailChangeInput!) { requestEmailChange(input: $i) }';
    const newEmail = `changed-${Date.now()}@example.org`;
    expect((await t.gql(change, { i: { newEmail, password: 'not my password' } }, person.token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(change, { i: { newEmail: s.member.email, password: PASSWORD } }, person.token)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await t.gql(change, { i: { newEmail, password: PASSWORD } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(change, { i: { newEmail, password: PASSWORD } }, person.token)).data.requestEmailChange).toBe(true);
    const token = await emailedToken(t, newEmail, 'verify-email');
    expect((await t.gql(ME, {}, person.token)).data.me.email).toBe(person.email);

    expect((await t.gql(VERIFY, { t: token }, person.token)).errors).toBeUndefined();
    expect((await t.gql(ME, {}, person.token)).data.me).toMatchObject({ email: newEmail, emailVerified: true });
    expect((await t.login(newEmail, PASSWORD)).id).toBe(person.id);
    const logged: { kind: string }[] = await t.dataSource.query('SELECT kind FROM security_log WHERE user_id = $1', [person.id]);
    expect(logged.map((r) => r.kind)).toEqual(expect.arrayContaining(['EMAIL_CHANGE_REQUESTED', 'EMAIL_CHANGED']));
    const deadline = Date.now() + 20_000;
    while (!(await mailbox(t)).some((m) => m.to === person.email && /email address was changed/.test(m.subject)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await mailbox(t)).find((m) => m.to === person.email && /changed/.test(m.subject))?.text).toContain(newEmail);
  }, 60_000);

  it('serves the local outbox outside production (newest first, one email with its links), and platformStatus to platform admins only', async () => {
    const list = await fetch(`${t.url}/email/outbox`);
    expect(list.status).toBe(200);
    const { messages } = (await list.json()) as { messages: { id: string; to: string; subject: string; date: string }[] };
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.map((m) => m.date)).toEqual([...messages.map((m) => m.date)].sort().reverse());
    const reset = messages.find((m) => /Reset your/.test(m.subject))!;
    const one = (await (await fetch(`${t.url}/email/outbox/${reset.id}`)).json()) as { links: string[]; to: string };
    expect(one.links.some((link) => link.includes('/reset-password?token='))).toBe(true);
    expect((await fetch(`${t.url}/email/outbox/..%2Fauth-secret`)).status).toBe(404);

    const status = '{ platformStatus { mailDelivery } }';
    expect((await t.gql(status, {}, s.platformAdmin.token)).data.platformStatus.mailDelivery).toBe('LOCAL_OUTBOX');
    expect((await t.gql(status, {}, s.member.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(status)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('In production without SMTP_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, NODE_ENV: 'production', PUBLIC_URL: 'http://hub.example.org' });
  }, 60_000);
  afterAll(() => t.close());

  it('hides the outbox (404) and tells platform admins that no email is being sent', async () => {
    await t.register('Prod Person');
    expect((await fetch(`${t.url}/email/outbox`)).status).toBe(404);
    expect((await fetch(`${t.url}/email/outbox/x.eml`)).status).toBe(404);
    const admin = await t.login(ADMIN_ENV.ADMIN_EMAIL, ADMIN_ENV.ADMIN_PASSWORD);
    expect((await t.gql('{ platformStatus { mailDelivery } }', {}, admin.token)).data.platformStatus.mailDelivery).toBe('NOT_SENT');
  });
});
