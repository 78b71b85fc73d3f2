// `npm run restore -- <backup dir> [--force]`: puts a backup made by
// `npm run backup` into empty services: the database schema is created by the
// migrations the backup was taken at, the rows are loaded in one transaction, and
// every object is uploaded and checked against its sha256. Refuses a database or
// bucket that already holds data unless --force (which drops the app's schema
// and overwrites objects of the same key). Same DATABASE_URL / S3_* / DATA_DIR
// rules as the app. Start the app afterwards: it applies any newer migrations.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { connectServices, describeTables, FORMAT, listKeys, objectPath } from './backup-lib.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { DataSource } = require('typeorm');

const args = process.argv.slice(2);
const force = args.includes('--force');
const source = args.find((arg) => !arg.startsWith('--'));
if (!source || !existsSync(join(source, 'manifest.json'))) {
  console.error('Usage: npm run restore -- <backup directory> [--force]   (the directory holds manifest.json)');
  process.exit(2);
}
const dir = resolve(source);
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
if (manifest.format !== FORMAT) {
  console.error(`Not a backup this version can read (format ${manifest.format}, expected ${FORMAT})`);
  process.exit(2);
}
const quote = (name) => `"${name.replace(/"/g, '""')}"`;
const started = Date.now();

/** Refuses to go on, before anything is written. */
class Refusal extends Error {}

async function sha256File(path) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk);
  return hash.digest('hex');
}

const services = await connectServices();
try {
  // 0. Check everything before writing anything: the files, the migrations, and that the targets are empty.
  for (const table of Object.values(manifest.database.tables)) {
    if ((await sha256File(join(dir, table.file))) !== table.sha256) throw new Refusal(`${table.file} does not match its checksum`);
  }
  for (const object of manifest.storage.objects) {
    const path = join(dir, objectPath(object.key));
    if (!existsSync(path) || statSync(path).size !== object.size) throw new Refusal(`${path} is missing or has the wrong size`);
  }
  const known = new Map(services.migrations.map((migration) => [migration.name, migration]));
  const unknown = manifest.database.migrations.filter((name) => !known.has(name));
  if (unknown.length) throw new Refusal(`The backup comes from a newer version (migrations ${unknown.join(', ')}); restore it with that version`);

  const db = new Client({ connectionString: services.databaseUrl, application_name: 'community-hub-restore' });
  await db.connect();
  try {
    const existing = (await db.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema IN ('public', 'pgboss')")).rows[0].n;
    if (existing && !force) throw new Refusal('The database already has tables; restore into an empty database, or pass --force to replace them');
    const bucketExists = await services.client.bucketExists(services.bucket);
    if (bucketExists && (await listKeys(services.client, services.bucket)).length && !force) {
      throw new Refusal(`The bucket ${services.bucket} is not empty; restore into an empty bucket, or pass --force`);
    }
    if (existing) {
      await db.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
      await db.query('DROP SCHEMA public CASCADE');
      await db.query('CREATE SCHEMA public');
    }

    // 1. The schema as it was when the backup was taken.
    const options = services.dataSourceOptions({ url: services.databaseUrl, entities: [] });
    const dataSource = new DataSource({ ...options, migrations: manifest.database.migrations.map((name) => known.get(name)) });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await dataSource.destroy();
    }

    // 2. The rows, in one transaction: foreign keys are dropped and added back (validated) after
    // the load, so the table order does not matter; triggers are off so stored values stay as they were.
    await db.query('BEGIN');
    const constraints = (
      await db.query(
        `SELECT conrelid::regclass::text AS tbl, quote_ident(conname) AS name, pg_get_constraintdef(oid) AS def
           FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
      )
    ).rows;
    for (const c of constraints) await db.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${c.name}`);
    const tables = await describeTables(db);
    let rows = 0;
    for (const table of tables) {
      const entry = manifest.database.tables[table.name];
      if (!entry) continue;
      const target = `public.${quote(table.name)}`;
      await db.query(`ALTER TABLE ${target} DISABLE TRIGGER USER`);
      const columns = table.columns.join(', ');
      const insert = (batch) =>
        db.query(`INSERT INTO ${target} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::${target}, $1::json)`, [
          `[${batch.join(',')}]`,
        ]);
      let batch = [];
      let batchBytes = 0;
      for await (const line of createInterface({ input: createReadStream(join(dir, entry.file)), crlfDelay: Infinity })) {
        if (!line) continue;
        batch.push(line);
        batchBytes += line.length;
        if (batch.length >= 500 || batchBytes > 8 * 1024 * 1024) {
          await insert(batch);
          batch = [];
          batchBytes = 0;
        }
      }
      if (batch.length) await insert(batch);
      await db.query(`ALTER TABLE ${target} ENABLE TRIGGER USER`);
      const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM ${target}`)).rows;
      if (n !== entry.rows) throw new Error(`${table.name}: ${n} rows loaded, the backup has ${entry.rows}`);
      rows += n;
    }
    for (const c of constraints) await db.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.name} ${c.def}`);
    for (const [name, value] of Object.entries(manifest.database.sequences ?? {})) {
      await db.query('SELECT setval($1::regclass, $2, $3)', [`public.${quote(name)}`, value.last_value, value.is_called]);
    }
    await db.query('COMMIT');

    // 3. The objects, each checked against the manifest's sha256 before it is sent.
    if (!bucketExists) await services.client.makeBucket(services.bucket, services.region);
    let bytes = 0;
    for (const object of manifest.storage.objects) {
      const path = join(dir, objectPath(object.key));
      if ((await sha256File(path)) !== object.sha256) throw new Error(`${path} does not match its sha256`);
      await services.client.putObject(services.bucket, object.key, createReadStream(path), object.size, { 'Content-Type': object.contentType });
      bytes += object.size;
    }
    console.log(
      `Restored ${rows} rows in ${Object.keys(manifest.database.tables).length} tables and ${manifest.storage.objects.length} objects ` +
        `(${bytes} bytes) from ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
} catch (error) {
  console.error(error instanceof Refusal ? `Refused: ${error.message}` : `Restore failed: ${error.message}`);
  process.exitCode = error instanceof Refusal ? 3 : 1;
} finally {
  await services.stop();
}
process.exit(process.exitCode ?? 0);
