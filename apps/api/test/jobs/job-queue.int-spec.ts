import { randomBytes } from 'node:crypto';
import { type Job, JobQueue } from '@community-hub/api-jobs';
import { eventually } from '../support/documents';
import { startTestApp, type TestApp } from '../support/test-app';

describe('background jobs (pg-boss on the app database)', () => {
  let t: TestApp;
  let jobs: JobQueue;
  beforeAll(async () => {
    t = await startTestApp({ JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    jobs = t.app.get(JobQueue);
  });
  afterAll(() => t.close());

  const queueName = () => `test.${randomBytes(4).toString('hex')}`;

  it('keeps its tables in its own pgboss schema', async () => {
    const [{ n }] = await t.dataSource.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'pgboss'");
    expect(n).toBeGreaterThan(0);
  });

  it('keeps one cron schedule per name (UTC), replaced when scheduled again', async () => {
    const name = queueName();
    await jobs.work<object>(name, async () => undefined);
    await jobs.schedule(name, '17 3 * * *', { purge: true });
    await jobs.schedule(name, '23 4 * * *', { purge: true });
    const rows = await t.dataSource.query('SELECT cron, timezone, data FROM pgboss.schedule WHERE name = $1', [name]);
    expect(rows).toEqual([{ cron: '23 4 * * *', timezone: 'UTC', data: { purge: true } }]);
  });

  it('runs a job sent to a name with the data it was sent', async () => {
    const name = queueName();
    const seen: Job<{ n: number }>[] = [];
    await jobs.work<{ n: number }>(name, async (job) => void seen.push(job));
    const id = await jobs.send(name, { n: 7 });
    await eventually(async () => seen.length === 1);
    expect(seen[0]).toMatchObject({ id, name, data: { n: 7 }, attempt: 1 });
    await eventually(async () => (await jobs.state(name, id!)) === 'completed');
  });

  it('retries a failing job up to its limit, telling the handler which attempt is the last', async () => {
    const name = queueName();
    const attempts: { attempt: number; lastAttempt: boolean }[] = [];
    await jobs.work<object>(
      name,
      async ({ attempt, lastAttempt }) => {
        attempts.push({ attempt, lastAttempt });
        throw new Error('not today');
      },
      { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: false },
    );
    const id = await jobs.send(name, {});
    await eventually(async () => (await jobs.state(name, id!)) === 'failed', 20_000);
    expect(attempts).toEqual([
      { attempt: 1, lastAttempt: false },
      { attempt: 2, lastAttempt: false },
      { attempt: 3, lastAttempt: true },
    ]);
  });

  it('succeeds on a retry after a failure', async () => {
    const name = queueName();
    let calls = 0;
    await jobs.work<object>(
      name,
      async () => {
        if (++calls === 1) throw new Error('flaky');
      },
      { retryLimit: 3, retryDelaySeconds: 1, retryBackoff: false },
    );
    const id = await jobs.send(name, {});
    await eventually(async () => (await jobs.state(name, id!)) === 'completed', 20_000);
    expect(calls).toBe(2);
  });
  it('fetches a batch, runs its jobs one after another, and fails only the job that threw', async () => {
    const name = queueName();
    const ran: number[] = [];
    let running = 0;
    let overlapped = false;
    const ids: string[] = [];
    for (const n of [1, 2, 3]) ids.push((await jobs.send(name, { n }, { retryLimit: 0 }))!);
    await jobs.work<{ n: number }>(
      name,
      async ({ data }) => {
        overlapped ||= running > 0;
        running++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        running--;
        ran.push(data.n);
        if (data.n === 2) throw new Error('only this one');
      },
      { retryLimit: 0, batchSize: 10 },
    );
    await eventually(async () => (await Promise.all(ids.map((id) => jobs.state(name, id)))).every((state) => state === 'completed' || state === 'failed'));
    expect(await Promise.all(ids.map((id) => jobs.state(name, id)))).toEqual(['completed', 'failed', 'completed']);
    expect(ran.sort()).toEqual([1, 2, 3]);
    expect(overlapped).toBe(false);
  });

  it('sends a job within a transaction: it exists only if the transaction commits', async () => {
    const name = queueName();
    const seen: number[] = [];
    await jobs.work<{ n: number }>(name, async ({ data }) => void seen.push(data.n));
    await t.dataSource.transaction(async (tx) => {
      await jobs.sendWithin(tx, name, { n: 1 });
    });
    await t.dataSource
      .transaction(async (tx) => {
        await jobs.sendWithin(tx, name, { n: 2 });
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await eventually(async () => seen.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(seen).toEqual([1]);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1', [name]);
    expect(n).toBe(1);
  });
});
