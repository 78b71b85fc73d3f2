import type { Logger } from 'typeorm';
import { JobQueue } from '@community-hub/api-jobs';
import {
  AccountsService,
  SECURITY_PURGE_JOB,
  SecurityEventKind,
  SecurityLogService,
  SESSION_CHECK_TTL_MS,
  SessionService,
} from '@community-hub/api-accounts';
import { PostgresEventBus, EventBus } from '@community-hub/api-pubsub';
import { refusal, startMediumTest, type MediumTest } from '../support/medium';

// Session rules on SessionService and AccountsService directly, against real PostgreSQL.
describe('sessions (medium)', () => {
  let m: MediumTest;
  let sessions: SessionService;
  let accounts: AccountsService;
  let securityLog: SecurityLogService;

  beforeAll(async () => {
    m = await startMediumTest({ ADMIN_EMAIL: 'platform-admin@example.org', ADMIN_PASSWORD: 'platform-admin-password' });
    sessions = m.get(SessionService);
    accounts = m.get(AccountsService);
    securityLog = m.get(SecurityLogService);
  });
  afterAll(() => m?.close());

  /** The SQL statements the app sends while `work` runs. */
  const statements = async (work: () => Promise<unknown>): Promise<string[]> => {
    const original = m.dataSource.logger;
    const seen: string[] = [];
    const counting = Object.create(original) as Logger;
    counting.logQuery = (query, parameters, runner) => {
      seen.push(query);
      original.logQuery(query, parameters, runner);
    };
    Object.defineProperty(m.dataSource, 'logger', { value: counting, configurable: true, writable: true });
    try {
      await work();
    } finally {
      Object.defineProperty(m.dataSource, 'logger', { value: original, configurable: true, writable: true });
    }
    return seen;
  };
  const lastSeen = async (sessionId: string): Promise<Date> =>
    (await m.dataSource.query('SELECT last_seen_at FROM sessions WHERE id = $1', [sessionId]))[0].last_seen_at;

  it('checks an open session with one statement, then answers from the cache with none (for at most 30 s)', async () => {
    const person = await m.user();
    const { token, sessionId } = await sessions.start(person.userId, { userAgent: 'Firefox', address: '10.0.0.1' });
    const first = await statements(async () => expect(await sessions.callerOf(token)).toEqual({ userId: person.userId, sessionId }));
    expect(first).toEqual([expect.stringMatching(/^\/\* session check \*\//)]);
    const again = await statements(async () => {
      for (let i = 0; i < 20; i++) expect(await sessions.callerOf(token)).toEqual({ userId: person.userId, sessionId });
    });
    expect(again).toEqual([]);
    const ttl = (sessions as unknown as { checked: { getRemainingTTL(key: string): number } }).checked.getRemainingTTL(sessionId);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(SESSION_CHECK_TTL_MS);
    // Forged or stateless tokens cost nothing either.
    expect(await statements(async () => expect(await sessions.callerOf('not.a.token')).toBeNull())).toEqual([]);
  });

  it('moves last_seen_at at most once a minute, in the check itself', async () => {
    const person = await m.user();
    const { token, sessionId } = await sessions.start(person.userId);
    await m.dataSource.query("UPDATE sessions SET last_seen_at = now() - interval '5 minutes' WHERE id = $1", [sessionId]);
    const old = await lastSeen(sessionId);
    sessions.flush('test');
    expect(await statements(() => sessions.callerOf(token))).toHaveLength(1);
    const moved = await lastSeen(sessionId);
    expect(moved.getTime()).toBeGreaterThan(old.getTime() + 4 * 60_000);
    sessions.flush('test');
    await sessions.callerOf(token);
    expect((await lastSeen(sessionId)).getTime()).toBe(moved.getTime()); // within the minute: not written again
  });

  it('ends a session (logout) and all of a person but one; ended and expired sessions are anonymous', async () => {
    const person = await m.user();
    const a = await sessions.start(person.userId);
    const b = await sessions.start(person.userId);
    const c = await sessions.start(person.userId);
    for (const s of [a, b, c]) expect(await sessions.callerOf(s.token)).not.toBeNull();
    await accounts.signOut({ userId: person.userId, sessionId: a.sessionId }, { address: '10.0.0.2' });
    expect(await sessions.callerOf(a.token)).toBeNull();
    expect(await sessions.end(a.sessionId)).toBe(false); // already ended
    expect(await sessions.endAllFor(person.userId, { exceptSessionId: c.sessionId })).toBe(1);
    expect(await sessions.callerOf(b.token)).toBeNull();
    expect(await sessions.callerOf(c.token)).toEqual({ userId: person.userId, sessionId: c.sessionId });
    await m.dataSource.query("UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1", [c.sessionId]);
    sessions.flush('test');
    expect(await sessions.callerOf(c.token)).toBeNull();
    const kinds = (await securityLog.listOwn({ userId: person.userId }, { first: 10 })).nodes.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining([SecurityEventKind.SIGN_OUT, SecurityEventKind.SESSION_ENDED]));
  });

  it('revokes only the caller’s own sessions', async () => {
    const owner = await m.user();
    const other = await m.user();
    const s = await sessions.start(owner.userId);
    const mine = await sessions.start(other.userId);
    expect((await refusal(sessions.revokeOwn({ userId: other.userId, sessionId: mine.sessionId }, s.sessionId))).code).toBe('NOT_FOUND');
    expect(await sessions.callerOf(s.token)).not.toBeNull();
    expect(await sessions.revokeOwn({ userId: owner.userId }, s.sessionId)).toBe(true);
    expect(await sessions.callerOf(s.token)).toBeNull();
    expect((await refusal(sessions.revokeOwn({ userId: owner.userId }, s.sessionId))).code).toBe('NOT_FOUND');
  });

  it('flushes the cache when the event bus reconnects (it replays nothing)', async () => {
    const bus = m.get(EventBus as never) as EventBus;
    if (!(bus instanceof PostgresEventBus)) return; // the Redis bus reconnects by ioredis; same hook
    const person = await m.user();
    const { token, sessionId } = await sessions.start(person.userId);
    expect(await sessions.callerOf(token)).not.toBeNull();
    // Ended behind the bus's back (as if its message were lost while the bus was down): still cached...
    await m.dataSource.query('UPDATE sessions SET ended_at = now() WHERE id = $1', [sessionId]);
    expect(await sessions.callerOf(token)).not.toBeNull();
    // ...until the bus's listening connection drops and comes back.
    const reconnected = new Promise<void>((resolve) => {
      const stop = bus.onReconnect(() => {
        stop();
        resolve();
      });
    });
    await m.dataSource.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'community-hub-listener' AND datname = current_database()",
    );
    await reconnected;
    expect(await sessions.callerOf(token)).toBeNull();
  });

  it('a changed ADMIN_PASSWORD at start ends the admin’s sessions; the same one leaves them', async () => {
    const admin = await accounts.ensurePlatformAdmin('platform-admin@example.org', 'platform-admin-password');
    const s = await sessions.start(admin.id);
    await accounts.ensurePlatformAdmin('platform-admin@example.org', 'platform-admin-password');
    expect(await sessions.callerOf(s.token)).not.toBeNull();
    await accounts.ensurePlatformAdmin('platform-admin@example.org', 'a new admin password');
    expect(await sessions.callerOf(s.token)).toBeNull();
    await accounts.ensurePlatformAdmin('platform-admin@example.org', 'platform-admin-password');
  });

  it('purges security log entries past the retention, and sessions expired over 7 days ago', async () => {
    const person = await m.user();
    await securityLog.record(person.userId, SecurityEventKind.SIGN_IN, { address: '10.0.0.9' });
    await m.dataSource.query("UPDATE security_log SET occurred_at = now() - interval '13 months' WHERE user_id = $1", [person.userId]);
    await securityLog.record(person.userId, SecurityEventKind.SIGN_OUT);
    const old = await sessions.start(person.userId);
    const recent = await sessions.start(person.userId);
    await m.dataSource.query("UPDATE sessions SET expires_at = now() - interval '8 days' WHERE id = $1", [old.sessionId]);
    await m.dataSource.query("UPDATE sessions SET expires_at = now() - interval '6 days' WHERE id = $1", [recent.sessionId]);
    // Scheduled nightly (pg-boss's cron), and run here as that schedule queues it: it purges both.
    expect(await m.dataSource.query('SELECT cron FROM pgboss.schedule WHERE name = $1', [SECURITY_PURGE_JOB])).toEqual([{ cron: '17 3 * * *' }]);
    const jobs = m.get(JobQueue);
    const jobId = (await jobs.send(SECURITY_PURGE_JOB, {}))!;
    for (let i = 0; i < 100 && (await jobs.state(SECURITY_PURGE_JOB, jobId)) !== 'completed'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await jobs.state(SECURITY_PURGE_JOB, jobId)).toBe('completed');
    const kinds = (await m.dataSource.query('SELECT kind FROM security_log WHERE user_id = $1', [person.userId])).map((r: { kind: string }) => r.kind);
    expect(kinds).toEqual(['SIGN_OUT']);
    const left = (await m.dataSource.query('SELECT id FROM sessions WHERE user_id = $1', [person.userId])).map((r: { id: string }) => r.id);
    expect(left).toEqual([recent.sessionId]);
  });
});
