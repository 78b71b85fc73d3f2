import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@community-hub/api-database';

/** A PostgreSQL server of its own that a fault test can stop and start again on the same port. */
export interface ControlledPostgres {
  url: string;
  adminUrl: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startControlledPostgres(): Promise<ControlledPostgres> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'postgres-child.mjs'), String(port)], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: process.env,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  const waitFor = async (word: string, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!output.includes(word)) {
      if (child.exitCode !== null) throw new Error(`controlled PostgreSQL exited: ${output}`);
      if (Date.now() > deadline) throw new Error(`controlled PostgreSQL: no "${word}" within ${timeoutMs} ms: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    output = output.slice(output.indexOf(word) + word.length);
  };
  await waitFor('ready');
  const adminUrl = `postgres://postgres:test@127.0.0.1:${port}/postgres`;
  return {
    url: adminUrl,
    adminUrl,
    async stop() {
      child.stdin!.write('stop\n');
      await waitFor('stopped');
    },
    async start() {
      child.stdin!.write('start\n');
      await waitFor('started');
    },
    async close() {
      child.stdin!.end();
      const deadline = Date.now() + 20_000;
      while (child.exitCode === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** An S3-compatible server of its own (s3rver) that a fault test can stop and start again on the same port and data. */
export interface ControlledS3 {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startControlledS3(): Promise<ControlledS3> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const S3rver = require('s3rver');
  const port = await findFreePort();
  const directory = mkdtempSync(join(process.env.TEST_TMP_DIR ?? tmpdir(), 's3-controlled-'));
  const make = () => new S3rver({ address: '127.0.0.1', port, silent: true, directory, vhostBuckets: false });
  let server = make();
  await server.run();
  let running = true;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    async stop() {
      if (!running) return;
      await server.close();
      running = false;
    },
    async start() {
      if (running) return;
      server = make();
      await server.run();
      running = true;
    },
  };
}
