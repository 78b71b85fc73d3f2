import type { DataSource } from 'typeorm';

// Any constant works as long as every instance of the app uses the same one.
const MIGRATION_LOCK_KEY = 724_201_001;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that
 * several API instances starting together apply each migration exactly once.
 * `whileLocked` runs under the same lock (used for idempotent bootstrap data).
 */
export async function migrateUnderLock(
  dataSource: DataSource,
  whileLocked?: () => Promise<void>,
): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      if (whileLocked) await whileLocked();
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * The SQL TypeORM would run to make the database match the entities. Empty when
 * the migrations and the entities agree.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
