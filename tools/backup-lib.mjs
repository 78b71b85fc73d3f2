// Shared by tools/backup.mjs and tools/restore.mjs: where the database and the
// object store are (configured servers, or the embedded ones under DATA_DIR, the
// same as `npm start`), and the backup format.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export const FORMAT = 'community-hub-backup/1';
const require = createRequire(import.meta.url);

/** Builds dist/api if it is out of date (the embedded launchers and the migrations live there). */
export function loadApi() {
  execFileSync(process.execPath, ['tools/build.mjs', 'api'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const database = require('../dist/api/libs/api/database/src/index.js');
  const storage = require('../dist/api/libs/api/storage/src/index.js');
  return { database, storage };
}

/**
 * The database URL and S3 connection the app would use with this environment.
 * Embedded services are started when DATABASE_URL / S3_ENDPOINT are unset (an
 * embedded PostgreSQL already running for `npm start` is reused).
 */
export async function connectServices(env = process.env, log = (line) => console.error(line)) {
  const { database, storage } = loadApi();
  const dataDir = resolve(env.DATA_DIR || './data');
  const stops = [];
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await database.startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), database: 'community_hub', log });
    stops.push(pg.stop);
    databaseUrl = pg.url;
    log(`Embedded PostgreSQL in ${join(dataDir, 'postgres')}`);
  }
  const bucket = env.S3_BUCKET || 'community-hub';
  let s3 = { endpoint: env.S3_ENDPOINT, accessKey: env.S3_ACCESS_KEY, secretKey: env.S3_SECRET_KEY };
  if (!s3.endpoint) {
    const embedded = await storage.startEmbeddedS3({ dataDir: join(dataDir, 'objects'), bucket });
    stops.push(embedded.stop);
    s3 = embedded;
    log(`Embedded object store in ${join(dataDir, 'objects')}`);
  }
  const Minio = require('minio');
  const url = new URL(s3.endpoint);
  const useSSL = url.protocol === 'https:';
  const client = new Minio.Client({
    endPoint: url.hostname,
    port: url.port ? Number(url.port) : useSSL ? 443 : 80,
    useSSL,
    accessKey: s3.accessKey,
    secretKey: s3.secretKey,
    region: env.S3_REGION || 'us-east-1',
    pathStyle: true,
    partSize: 5 * 1024 * 1024 * 1024,
  });
  return {
    databaseUrl,
    bucket,
    region: env.S3_REGION || 'us-east-1',
    client,
    migrations: database.MIGRATIONS,
    dataSourceOptions: database.dataSourceOptions,
    async stop() {
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
    },
  };
}

/** Every object key in the bucket. */
export function listKeys(client, bucket) {
  return new Promise((resolvePromise, reject) => {
    const keys = [];
    const stream = client.listObjectsV2(bucket, '', true);
    stream.on('data', (item) => item.name && keys.push(item.name));
    stream.on('error', reject);
    stream.on('end', () => resolvePromise(keys.sort()));
  });
}

/** Tables of the app's schema with the columns a restore writes (generated columns are computed again). */
export async function describeTables(client) {
  const { rows } = await client.query(
    `SELECT c.table_name, array_agg(quote_ident(c.column_name) ORDER BY c.ordinal_position) AS columns
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.is_generated = 'NEVER'
      GROUP BY c.table_name ORDER BY c.table_name`,
  );
  return rows.map((row) => ({ name: row.table_name, columns: row.columns }));
}

/** An object key as a relative path inside the backup, refusing anything that would leave it. */
export function objectPath(key) {
  const parts = key.split('/');
  if (!key || parts.some((part) => part === '' || part === '.' || part === '..')) throw new Error(`unsafe object key: ${key}`);
  return join('objects', ...parts);
}
