import type { Logger, QueryRunner } from 'typeorm';
import type { TestApp } from './test-app';

/**
 * Counts the SQL statements the app sends while `work` runs. First waits until
 * the app is quiet (no statement for 300 ms), so background work started by
 * earlier requests (live events, notifications) is not counted as the request's.
 */
export async function countQueries(t: TestApp, work: () => Promise<unknown>): Promise<number> {
  const original = t.dataSource.logger;
  let count = 0;
  const counting: Logger = {
    logQuery: (query: string, parameters?: unknown[], runner?: QueryRunner) => {
      count++;
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
    count = 0;
    await work();
  } finally {
    Object.defineProperty(t.dataSource, 'logger', { value: original, configurable: true, writable: true });
  }
  return count;
}

