import { collect, PASSWORD, startTestApp, type TestApp, type TestUser } from '../support/test-app';
import { ADMIN_ENV } from '../support/scenarios';
import { overSocket } from '../support/socket';

const ME = '{ me { id } }';
const LOGOUT = 'mutation { logout }';
const SESSIONS = '{ mySessions { id device userAgent current lastSeenAt createdAt } }';
const REVOKE = 'mutation($id: ID!) { revokeSession(id: $id) }';
const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { token user { id } } }';
const MY_LOG = '{ mySecurityLog(first: 50) { nodes { kind address device detail occurredAt } pageInfo { hasNextPage endCursor } } }';
const ADMIN_LOG = 'query($person: String, $kind: SecurityEventKind) { securityLog(person: $person, kind: $kind) { nodes { kind userId device } } }';
const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/**
 * Server-side sessions over HTTP and WebSocket, on two API instances sharing one
 * database and event bus (as behind a load balancer).
 */
describe('sessions across two API instances', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await startTestApp(ADMIN_ENV);
    b = await startTestApp(ADMIN_ENV, { databaseName: a.databaseName });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const signIn = async (t: TestApp, user: { email: string }, password = PASSWORD, userAgent?: string): Promise<string> => {
    const result = await t.gql(
      'mutation($i: LoginInput!) { login(input: $i) { token } }',
      { i: { email: user.email, password } },
      undefined,
      userAgent ? { 'user-agent': userAgent } : {},
    );
    expect(result.errors).toBeUndefined();
    return result.data.login.token;
  };
  const whoIs = async (t: TestApp, token: string) => (await t.gql(ME, {}, token)).data.me?.id ?? null;
  /** Who a token is on an instance that hears of an ended session over the bus (milliseconds; allowed 2 s under load, never the 30 s expiry). */
  const whoIsSoon = async (t: TestApp, token: string) => {
    const deadline = Date.now() + 2000;
    let who = await whoIs(t, token);
    while (who !== null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      who = await whoIs(t, token);
    }
    return who;
  };

  it('a token after logout is anonymous at once on the other instance too (which had it cached)', async () => {
    const person = await a.register('Logout Person');
    expect(await whoIs(b, person.token)).toBe(person.id); // checked, so cached, on b
    expect(await whoIs(a, person.token)).toBe(person.id);
    const out = await a.gql(LOGOUT, {}, person.token);
    expect(out.data.logout).toBe(true);
    expect(await whoIs(a, person.token)).toBeNull();
    expect(await whoIsSoon(b, person.token)).toBeNull();
    // Signed out means anonymous: an operation that needs a caller is refused.
    expect((await b.gql(SESSIONS, {}, person.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // A new sign-in works as before.
    expect(await whoIs(b, await signIn(a, person))).toBe(person.id);
  });

  it('lists my devices in words with the current one marked, and revokes one of my own on every instance', async () => {
    const person = await a.register('Two Devices');
    const phone = await signIn(a, person, PASSWORD, SAFARI_IPHONE);
    const laptop = await signIn(b, person, PASSWORD, FIREFOX_WINDOWS);
    const list = await a.gql(SESSIONS, {}, laptop);
    expect(list.errors).toBeUndefined();
    const sessions = list.data.mySessions as { id: string; device: string; current: boolean; userAgent: string }[];
    expect(sessions).toHaveLength(3); // the sign-up's, the phone's and the laptop's
    expect(sessions.filter((s) => s.current)).toEqual([expect.objectContaining({ device: 'Firefox on Windows', userAgent: FIREFOX_WINDOWS })]);
    const phoneSession = sessions.find((s) => s.device === 'Mobile Safari on iOS')!;
    expect(phoneSession).toBeDefined();
    expect(await whoIs(a, phone)).toBe(person.id);
    expect((await b.gql(REVOKE, { id: phoneSession.id }, laptop)).data.revokeSession).toBe(true);
    expect(await whoIsSoon(a, phone)).toBeNull();
    expect(await whoIs(b, phone)).toBeNull();
    expect(await whoIs(a, laptop)).toBe(person.id);
    expect((await a.gql(SESSIONS, {}, laptop)).data.mySessions.map((s: { id: string }) => s.id)).not.toContain(phoneSession.id);
  });

  it("refuses another person's session (NOT_FOUND, nothing ended) and anonymous callers", async () => {
    const owner = await a.register('Owner');
    const other = await a.register('Other');
    const [ownerSession] = (await a.gql(SESSIONS, {}, owner.token)).data.mySessions;
    const refused = await a.gql(REVOKE, { id: ownerSession.id }, other.token);
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await whoIs(a, owner.token)).toBe(owner.id);
    for (const query of [SESSIONS, MY_LOG, 'mutation { revokeOtherSessions }']) {
      expect((await a.gql(query)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await a.gql(REVOKE, { id: ownerSession.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await a.gql(REVOKE, { id: 'not-an-id' }, other.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives the same answers over the WebSocket: anonymous refused, another person’s session NOT_FOUND, logout ends the session', async () => {
    const owner = await a.register('Socket Owner');
    const other = await a.register('Socket Other');
    expect((await overSocket(b.url, { query: SESSIONS })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const listed = await overSocket(b.url, { query: SESSIONS }, { token: owner.token });
    expect(listed.data.mySessions).toEqual([expect.objectContaining({ current: true })]);
    const refused = await overSocket(b.url, { query: REVOKE, variables: { id: listed.data.mySessions[0].id } }, { token: other.token });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await whoIs(a, owner.token)).toBe(owner.id);
    expect((await overSocket(b.url, { query: LOGOUT }, { token: owner.token })).data).toEqual({ logout: true });
    expect(await whoIsSoon(a, owner.token)).toBeNull();
  });

  it('"sign out everywhere else" keeps only this device', async () => {
    const person = await a.register('Everywhere Else');
    const second = await signIn(b, person);
    const third = await signIn(a, person);
    expect((await b.gql('mutation { revokeOtherSessions }', {}, third)).data.revokeOtherSessions).toBe(2);
    expect(await whoIs(b, person.token)).toBeNull();
    expect(await whoIsSoon(a, second)).toBeNull();
    expect(await whoIs(b, third)).toBe(person.id);
  });

  it('closes a WebSocket whose session ends, on the other instance', async () => {
    const person = await a.register('Socket Person');
    const other = await signIn(a, person);
    const socketOnB = b.ws(person.token);
    const otherSocket = b.ws(other);
    const live = collect(socketOnB, 'subscription { notificationAdded { id } }', {});
    const otherLive = collect(otherSocket, 'subscription { notificationAdded { id } }', {});
    // The subscription is accepted (signed in) and waiting.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(live.errors).toEqual([]);
    expect((await a.gql(LOGOUT, {}, person.token)).data.logout).toBe(true);
    expect(await live.settled(5000)).toBe(true);
    expect(live.errors[0]).toMatchObject({ code: 4403, reason: 'Session ended' });
    // The same person's other session keeps its socket.
    expect(otherLive.errors).toEqual([]);
    otherLive.unsubscribe();
  });

  it('changes the password: wrong current one refused (coded, counted), weak new one refused, then every other session ends', async () => {
    const person = await a.register('Changer');
    const elsewhere = await signIn(b, person);
    const wrong = await a.gql(CHANGE, { i: { currentPassword: 'not my password', newPassword: 'a brand new passphrase' } }, person.token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'WRONG_PASSWORD' });
    const weak = await a.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'Password1' } }, person.token);
    expect(weak.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await whoIs(b, elsewhere)).toBe(person.id); // nothing changed yet
    expect((await a.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'x' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const changed = await a.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' } }, person.token, {
      'user-agent': FIREFOX_WINDOWS,
    });
    expect(changed.errors).toBeUndefined();
    const fresh = changed.data.changePassword.token as string;
    expect(await whoIs(b, fresh)).toBe(person.id);
    expect(await whoIsSoon(b, elsewhere)).toBeNull();
    // This device's session stays: its old token and the one returned name the same session.
    expect(await whoIs(b, person.token)).toBe(person.id);
    const ids = (await a.gql(SESSIONS, {}, fresh)).data.mySessions.map((s: { id: string; current: boolean }) => [s.id, s.current]);
    expect(ids).toEqual([[expect.any(String), true]]);
    const oldLogin = await a.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email: person.email, password: PASSWORD } });
    expect(oldLogin.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await whoIs(a, await signIn(a, person, 'a brand new passphrase'))).toBe(person.id);

    const log = (await a.gql(MY_LOG, {}, fresh)).data.mySecurityLog.nodes as { kind: string; device: string; address: string }[];
    const kinds = log.map((entry) => entry.kind);
    expect(kinds).toEqual(expect.arrayContaining(['SIGN_IN', 'SIGN_IN_FAILED', 'PASSWORD_CHANGE_FAILED', 'PASSWORD_CHANGED', 'SESSION_ENDED']));
    expect(log.find((entry) => entry.kind === 'PASSWORD_CHANGED')).toMatchObject({ device: 'Firefox on Windows', address: expect.stringMatching(/127\.0\.0\.1/) });
  });

  it('rate-limits wrong current passwords like sign-in (10 in 5 minutes)', async () => {
    const person = await a.register('Guesser');
    for (let i = 0; i < 10; i++) {
      const wrong = await a.gql(CHANGE, { i: { currentPassword: `wrong guess ${i}`, newPassword: 'a brand new passphrase' } }, person.token);
      expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await a.gql(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' } }, person.token);
    expect(limited.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('lets platform admins (only) search the log and download it as CSV', async () => {
    const person: TestUser = await a.register('Logged Person');
    await a.gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { email: person.email, password: 'wrong password!' } });
    const admin = await a.login(ADMIN_ENV.ADMIN_EMAIL, ADMIN_ENV.ADMIN_PASSWORD);

    const found = await a.gql(ADMIN_LOG, { person: person.email.toUpperCase(), kind: 'SIGN_IN_FAILED' }, admin.token);
    expect(found.errors).toBeUndefined();
    expect(found.data.securityLog.nodes).toEqual([expect.objectContaining({ kind: 'SIGN_IN_FAILED', userId: person.id })]);
    expect((await a.gql(ADMIN_LOG, { person: person.email }, person.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await a.gql(ADMIN_LOG, { person: person.email })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const csvUrl = `${a.url}/security-log/export.csv?person=${encodeURIComponent(person.email)}`;
    const csv = await fetch(csvUrl, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toBe('time,kind,email,name,user_id,address,device,user_agent,detail');
    expect(lines.slice(1).some((line) => line.includes('SIGN_IN_FAILED') && line.includes(person.email))).toBe(true);
    expect((await fetch(csvUrl, { headers: { authorization: `Bearer ${person.token}` } })).status).toBe(403);
    expect((await fetch(csvUrl)).status).toBe(401);
    expect((await fetch(`${csvUrl}&from=yesterday-ish`, { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(400);
  });
});
