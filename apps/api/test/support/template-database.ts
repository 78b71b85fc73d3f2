import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';

// Read by path, not imported: the global setup (global-setup.ts) runs outside Jest's module
// mapping, where the @community-hub/* aliases do not resolve. TypeORM loads the files itself.
const MIGRATIONS_DIR = join(__dirname, '../../../../libs/api/database/src/migrations');
const MIGRATION_FILE = /^\d+-[\w-]+\.ts$/;

// Held on the admin database while one jest worker builds the template; the others wait.
// Advisory locks are per database, and every worker's admin connection goes to the same one.
const TEMPLATE_LOCK_KEY = 724_201_016;
// The schema the app's JobQueue gives pg-boss. Were it to differ, pg-boss would simply create its own at start.
const PG_BOSS_SCHEMA = 'pgboss';

/**
 * The template's name carries a hash of the migrations' code and of pg-boss's schema, so a
 * long-lived server (TEST_DATABASE_URL) never hands out a template built by other
 * migrations: a changed or added migration makes a new template. Old ones stay (they
 * are small); drop them with `ALTER DATABASE x IS_TEMPLATE false; DROP DATABASE x`.
 */
export function templateName(): string {
  const hash = createHash('sha256');
  for (const file of migrationFiles()) hash.update(file).update(readFileSync(join(MIGRATIONS_DIR, file)));
  hash.update(PgBoss.getConstructionPlans(PG_BOSS_SCHEMA));
  return `ch_template_${hash.digest('hex').slice(0, 16)}`;
}

function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR).filter((f) => MIGRATION_FILE.test(f)).sort();
}

let ready: Promise<string> | undefined;

/**
 * A database with every migration applied and pg-boss's schema in place, built once per
 * PostgreSQL server (by the global setup, or else by the first jest worker to ask, under an advisory lock) and
 * marked IS_TEMPLATE when complete, so a half-built one from a crashed run is never used.
 * `CREATE DATABASE x TEMPLATE <it>` then copies it in a few tens of milliseconds, and the
 * app's own start-up migration run finds nothing to do.
 */
export function templateDatabase(adminUrl: string): Promise<string> {
  ready ??= buildTemplate(adminUrl).catch((error) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

async function buildTemplate(adminUrl: string): Promise<string> {
  const name = templateName();
  const admin = new PgClient({ connectionString: adminUrl });
  await admin.connect();
  try {
    const state = async () =>
      (await admin.query<{ datistemplate: boolean }>('SELECT datistemplate FROM pg_database WHERE datname = $1', [name])).rows[0];
    if ((await state())?.datistemplate) return name;
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const existing = await state();
      if (existing?.datistemplate) return name;
      if (existing) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      await migrate(url.toString());
      await admin.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true`);
      return name;
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  } finally {
    await admin.end();
  }
}

/** What the app's first start on an empty database would do: the migrations, then pg-boss's tables. */
async function migrate(url: string): Promise<void> {
  // As dataSourceOptions() in libs/api/database, which the app uses: same migrations, same table.
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    migrations: migrationFiles().map((f) => join(MIGRATIONS_DIR, f)),
    migrationsTableName: 'migrations',
    extra: { max: 1, application_name: 'test-template' },
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length !== migrationFiles().length) throw new Error(`Template: ${applied.length} of ${migrationFiles().length} migrations applied`);
    await dataSource.query(PgBoss.getConstructionPlans(PG_BOSS_SCHEMA));
  } finally {
    await dataSource.destroy();
  }
}
