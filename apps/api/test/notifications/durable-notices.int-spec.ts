import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client as PgClient } from 'pg';
import PostalMime from 'postal-mime';
import { StorageService } from '@community-hub/api-storage';
import { startBuiltApi, type BuiltApi } from '../support/built-api';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';
import { createDatabase, databaseUrlFor, dropDatabase, startTestApp, tick, uniqueName } from '../support/test-app';

/**
 * A mention must reach its person even when the API process dies right after the
 * reply commits: the forum writes its notice in the reply's transaction, and a
 * restarted process delivers it, once.
 */
const ROOT = resolve(__dirname, '../../../..');
const REPLY = 'mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }';

describe('a notice survives the API process being killed (SIGKILL) right after the change commits', () => {
  const databaseName = uniqueName('notices');
  let databaseUrl: string;
  let bucket: string;
  let s: NetworkScenario;
  let threadId: string;
  let db: PgClient;
  const children: ChildProcess[] = [];

  const startApi = async (env: Record<string, string>): Promise<BuiltApi> => {
    const api = await startBuiltApi({
      databaseUrl,
      bucket,
      dataDirPrefix: 'notices-',
      env: { AUTH_RATE_LIMIT_PER_MINUTE: '10000', NOTIFICATION_SWEEP_INTERVAL_SECONDS: '0', ...ADMIN_ENV, ...env },
    });
    children.push(api.child);
    return api;
  };

  const mentionsOf = async (userId: string, postId: string): Promise<number> =>
    (await db.query("SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'MENTION' AND dedupe_key = $2", [userId, `mention:${postId}`])).rows[0].n;
  const mailsAbout = async (dataDir: string, text: string): Promise<number> => {
    const folder = join(dataDir, 'mail');
    if (!existsSync(folder)) return 0;
    let n = 0;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.eml'))) {
      if ((await PostalMime.parse(readFileSync(join(folder, file)))).text?.includes(text)) n++;
    }
    return n;
  };

  beforeAll(async () => {
    // Rebuilds only when the sources are newer than the last build.
    execFileSync(process.execPath, ['tools/build.mjs', 'api'], { cwd: ROOT, stdio: 'ignore' });
    databaseUrl = await createDatabase(databaseName);
    // The people and the thread are made in-process; the database is kept for the processes started below.
    const setup = await startTestApp({ ...ADMIN_ENV, JOBS_POLLING_INTERVAL_SECONDS: '0.5' }, { databaseName });
    try {
      bucket = setup.app.get(StorageService).bucket;
      s = await networkScenario(setup, 'PUBLIC');
      const set = await setup.gql('mutation($id: ID!) { setNotificationPreference(networkId: $id, email: IMMEDIATELY) { email } }', { id: s.networkId }, s.member.token);
      expect(set.errors).toBeUndefined();
      const created = await setup.gql('mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', { i: { networkId: s.networkId, title: 'Hall keys', body: 'Who has them?', tags: [] } }, s.coordinator.token);
      threadId = created.data.createThread.id;
    } finally {
      await setup.close();
    }
    db = new PgClient({ connectionString: databaseUrlFor(databaseName) });
    await db.connect();
  }, 300_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await db?.end();
    await dropDatabase(databaseName);
  });

  it('delivers the mention exactly once after a restart (one notification, one email), and a notice handled again tells nobody twice', async () => {
    // The first process's notice workers looked for work when it started and will not look again for 600 s:
    // the reply's notice stays undelivered when the process dies.
    const first = await startApi({ JOBS_POLLING_INTERVAL_SECONDS: '600' });
    const body = `[@${s.member.name}](/people/${s.member.id}) the keys are in the café, sorry`;
    const response = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.admin.token}` },
      body: JSON.stringify({ query: REPLY, variables: { i: { threadId, body } } }),
    });
    const replied = (await response.json()) as { data?: { replyToThread: { id: string } }; errors?: unknown };
    first.child.kill('SIGKILL');
    await new Promise((done) => (first.child.exitCode !== null ? done(null) : first.child.once('exit', done)));
    expect(replied.errors).toBeUndefined();
    const postId = replied.data!.replyToThread.id;

    // The reply committed with its notice; nobody has been told yet.
    expect((await db.query('SELECT 1 FROM posts WHERE id = $1', [postId])).rowCount).toBe(1);
    const notices = await db.query("SELECT id, state FROM pgboss.job WHERE name = 'notice-forum' AND data->>'postId' = $1", [postId]);
    expect(notices.rows).toEqual([{ id: expect.any(String), state: 'created' }]);
    expect(await mentionsOf(s.member.id, postId)).toBe(0);

    // A restarted API delivers it: one notification, one email.
    const second = await startApi({ JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    for (let i = 0; i < 100 && (await mentionsOf(s.member.id, postId)) === 0; i++) await tick(100);
    expect(await mentionsOf(s.member.id, postId)).toBe(1);
    for (let i = 0; i < 100 && (await mailsAbout(second.dataDir, 'the keys are in the café')) === 0; i++) await tick(100);
    expect(await mailsAbout(second.dataDir, 'the keys are in the café')).toBe(1);

    // The same notice handled again (as after a crash between delivering and marking it done): nothing new.
    await db.query("UPDATE pgboss.job SET state = 'created', started_on = NULL, completed_on = NULL WHERE name = 'notice-forum' AND id = $1", [notices.rows[0].id]);
    for (let i = 0; i < 100; i++) {
      const [job] = (await db.query("SELECT state FROM pgboss.job WHERE name = 'notice-forum' AND id = $1", [notices.rows[0].id])).rows;
      if (job.state === 'completed') break;
      await tick(100);
    }
    expect((await db.query("SELECT state FROM pgboss.job WHERE name = 'notice-forum' AND id = $1", [notices.rows[0].id])).rows[0].state).toBe('completed');
    await tick(1500);
    expect(await mentionsOf(s.member.id, postId)).toBe(1);
    expect(await mailsAbout(second.dataDir, 'the keys are in the café')).toBe(1);
    expect((await db.query("SELECT count(*)::int AS n FROM notifications WHERE dedupe_key IN ($1, $2)", [`mention:${postId}`, `reply:${postId}`])).rows[0].n).toBe(
      // The member (mentioned) and the thread's starter, the coordinator (told of the reply).
      2,
    );
    second.child.kill('SIGTERM');
    await new Promise((done) => (second.child.exitCode !== null ? done(null) : second.child.once('exit', done)));
  }, 180_000);
});
