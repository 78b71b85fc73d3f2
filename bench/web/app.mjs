// The built app as `npm start` runs it with its embedded defaults (embedded PostgreSQL and S3, demo
// data), on a free port in a temporary directory: shared by the benchmarks in bench/web.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);

/** The value after `name` on the command line, else `fallback`. */
export function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}

export const flag = (name) => args.includes(name);

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the build in `--dist` (default dist: its api/ and web/) with `env` added; resolves once it is ready. */
export async function startApp(env = {}) {
  const dist = option('--dist', 'dist');
  const entry = join(dist, 'api/apps/api/src/main.js');
  if (!existsSync(entry) || !existsSync(join(dist, 'web/index.html'))) throw new Error('Build first: node tools/build.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'bench-web-'));
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      S3_ENDPOINT: '',
      S3_PUBLIC_URL: '',
      PUBLIC_URL: '',
      REDIS_URL: '',
      WEB_DIST_DIR: resolve(dist, 'web'),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}) before it was ready`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, stop };
}

export async function gql(url, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
