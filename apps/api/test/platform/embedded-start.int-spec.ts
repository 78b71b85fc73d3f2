import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '@community-hub/api-database';

const ROOT = resolve(__dirname, '../../../..');
const MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');

const children = new Set<ChildProcess>();

interface Running {
  process: ChildProcess;
  output: () => string;
  url: string;
}

/** Starts the built server exactly as `npm start` does, on embedded services, and waits for its URL. */
async function start(dataDir: string, port: number, env: Record<string, string> = {}): Promise<Running> {
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (!/Community Hub is running at (\S+)/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { process: child, output: () => output, url: `http://127.0.0.1:${port}` };
}

async function stop(running: Running): Promise<number | null> {
  running.process.kill('SIGTERM');
  const deadline = Date.now() + 20_000;
  while (running.process.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return running.process.exitCode;
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: any[] };
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolvePort(true)));
    socket.once('error', () => resolvePort(false));
  });
}

describe('npm start on a laptop (embedded PostgreSQL and S3, no configuration)', () => {
  let dataDir: string;
  beforeAll(() => {
    if (!existsSync(MAIN)) execFileSync(process.execPath, ['tools/build.mjs', 'api'], { cwd: ROOT, stdio: 'ignore' });
    dataDir = join(mkdtempSync(join(tmpdir(), 'ch-start-')), 'data');
    chmodSync(resolve(dataDir, '..'), 0o755);
  });
  afterAll(async () => {
    // A failed assertion must not leave a server (and its PostgreSQL) running behind the suite.
    for (const child of children) {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 3000));
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(resolve(dataDir, '..'), { recursive: true, force: true });
  }, 30_000);

  it('starts, prints its URL, keeps data across a restart and stops its embedded database', async () => {
    const port = await findFreePort();
    const pgPort = await findFreePort();
    const env = { EMBEDDED_POSTGRES_PORT: String(pgPort) };
    const first = await start(dataDir, port, env);
    expect(first.output()).toContain(`Community Hub is running at http://localhost:${port}`);
    // Without SMTP_URL the banner says where mail goes, and where to read it.
    expect(first.output()).toMatch(new RegExp(`Email: not sent \\(no SMTP_URL\\); written to \\S*/mail, read them at http://localhost:${port}/dev/outbox`));
    const networks = await gql(first.url, '{ networks { slug } }');
    expect(networks.data.networks).toHaveLength(11);
    const registered = await gql(first.url, 'mutation { register(input: { email: "laptop@example.org", password: "laptop password", name: "Laptop" }) { token } }');
    expect(registered.errors).toBeUndefined();
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, 'objects'))).toBe(true);
    // 143 = ended by SIGTERM after the embedded database was stopped by its exit hook.
    expect([0, 143]).toContain(await stop(first));
    expect(await portOpen(pgPort)).toBe(false);

    const second = await start(dataDir, port, env);
    const login = await gql(second.url, 'mutation { login(input: { email: "laptop@example.org", password: "laptop password" }) { user { name } } }');
    expect(login.data.login.user.name).toBe('Laptop');
    expect((await gql(second.url, '{ networks { slug } }')).data.networks).toHaveLength(11);
    expect([0, 143]).toContain(await stop(second));
  }, 150_000);

  it('stops with a message naming a bad setting', async () => {
    const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: { PATH: process.env.PATH, PORT: 'eighty', DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code).toBe(78);
    expect(stderr).toMatch(/Invalid configuration:\n\s+- PORT .*"eighty"/);
  });
});
