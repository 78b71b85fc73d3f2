import type { Logger, QueryRunner } from 'typeorm';
import { SESSION_CHECK_SQL_MARKER } from '@community-hub/api-accounts';
import { jobsDrained } from './jobs';
import type { TestApp } from './test-app';

/**
 * Counts the SQL statements the app sends while `work` runs. First waits until the
 * jobs already due are done (notices of earlier changes become notifications in a job
 * that polls every few seconds) and the app is quiet (no statement for 300 ms), so
 * background work started by earlier requests is not counted as the request's.
 */
export async function countQueries(t: TestApp, work: () => Promise<unknown>): Promise<number> {
  return (await captureQueries(t, work)).length;
}

/** The SQL statements the app sends while `work` runs, in order (after waiting for quiet, as `countQueries`). */
export async function captureQueries(t: TestApp, work: () => Promise<unknown>): Promise<string[]> {
  await jobsDrained(t);
  const original = t.dataSource.logger;
  let count = 0;
  let texts: string[] = [];
  const counting: Logger = {
    logQuery: (query: string, parameters?: unknown[], runner?: QueryRunner) => {
      // A session's check is paid once per session per 30 s (then cached), not by the request
      // being counted; whether it falls inside `work` depends only on the clock. (Its own cost is
      // counted in sessions.medium-spec.)
      if (query.startsWith(SESSION_CHECK_SQL_MARKER)) {
        original.logQuery(query, parameters, runner);
        return;
      }
      count++;
      texts.push(query);
      original.logQuery(query, parameters, runner);
    },
    logQueryError: (...args) => original.logQueryError(...args),
    logQuerySlow: (...args) => original.logQuerySlow(...args),
    logSchemaBuild: (...args) => original.logSchemaBuild(...args),
    logMigration: (...args) => original.logMigration(...args),
    log: (...args) => original.log(...args),
  };
  Object.defineProperty(t.dataSource, 'logger', { value: counting, configurable: true, writable: true });
  try {
    for (let waited = 0; waited < 10_000; waited += 300) {
      count = 0;
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (count === 0) break;
    }
    texts = [];
    await work();
  } finally {
    Object.defineProperty(t.dataSource, 'logger', { value: original, configurable: true, writable: true });
  }
  return texts;
}
