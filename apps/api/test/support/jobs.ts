import type { TestApp } from './test-app';

/**
 * Waits (up to 20 s) until no job that is due waits or runs: the background work of what came
 * before (notices, audit entries, emails) is done, so it is not counted against what comes next.
 */
export async function jobsDrained(t: Pick<TestApp, 'dataSource'>): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 200) {
    const [{ pending }] = await t.dataSource.query(
      "SELECT count(*)::int AS pending FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now()",
    );
    if (pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
