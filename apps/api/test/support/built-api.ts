import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFreePort } from '@community-hub/api-database';
import { tick } from './test-app';

const ROOT = resolve(__dirname, '../../../..');
/** What `npm start` runs: specs that kill a process start this build (`node tools/build.mjs api` first). */
export const BUILT_API_MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');

export interface BuiltApi {
  child: ChildProcess;
  url: string;
  dataDir: string;
  output(): string;
}

/**
 * Starts the built API as its own process on a free port, on the given database and
 * bucket of the test servers, and resolves once it prints that it is running.
 */
export async function startBuiltApi(options: { databaseUrl: string; bucket: string; dataDirPrefix: string; env?: Record<string, string> }): Promise<BuiltApi> {
  const port = await findFreePort();
  const dataDir = mkdtempSync(join(process.env.TEST_TMP_DIR ?? '/tmp', options.dataDirPrefix));
  let output = '';
  const child = spawn(process.execPath, [BUILT_API_MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'test',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl,
      S3_ENDPOINT: process.env.TEST_S3_ENDPOINT!,
      S3_ACCESS_KEY: process.env.TEST_S3_ACCESS_KEY ?? 'S3RVER',
      S3_SECRET_KEY: process.env.TEST_S3_SECRET_KEY ?? 'S3RVER',
      S3_BUCKET: options.bucket,
      AUTH_SECRET: 'integration-tests-secret-0123456789abcdef',
      NEWCOMER_DAYS: '0',
      DEMO_DATA: 'false',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (!output.includes('Community Hub is running')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the API did not start:\n${output}`);
    await tick(100);
  }
  return { child, url: `http://127.0.0.1:${port}`, dataDir, output: () => output };
}
