import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createConnection, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { findFreePort } from '@community-hub/api-database';
import { collect, createDatabase, dropDatabase, tick, uniqueName } from '../support/test-app';

/**
 * API_WORKERS=2 on the built server, as `npm start` runs it: one primary (here
 * with the embedded S3 store and the test PostgreSQL) forking two workers that
 * share the port. Real processes and connections throughout; Linux only (the
 * checks read /proc to see which process holds a connection).
 */
const ROOT = resolve(__dirname, '../../../..');
const MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
const COORDINATOR = { email: 'coordinator@demo.communityhub.local', password: 'demo-coordinator-2026' };

interface Server {
  process: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
  /** Every child process seen while it ran, so the clean-up finds orphans too. */
  seen: Set<number>;
}

const started: Server[] = [];

function spawnServer(port: number, env: Record<string, string>): Server {
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const seen = new Set<number>();
  const watching = setInterval(() => childrenOf(child.pid!).forEach((pid) => seen.add(pid)), 250);
  const exited = new Promise<number | null>((resolveExit) =>
    child.once('exit', (code) => {
      clearInterval(watching);
      resolveExit(code);
    }),
  );
  const server = { process: child, port, output: () => output.replace(/\x1b\[[0-9;]*m/g, ''), exited, seen };
  started.push(server);
  return server;
}

async function waitFor(what: string, predicate: () => boolean, server: Server, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (server.process.exitCode !== null || Date.now() > deadline) throw new Error(`${what}: not seen. Output:\n${server.output()}`);
    await tick(100);
  }
}

/** The exit code, or 'still running' after `ms` (the timer does not outlive the answer). */
function exitWithin(server: Server, ms: number): Promise<number | null | 'still running'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'still running'>((resolveLate) => (timer = setTimeout(() => resolveLate('still running'), ms)));
  return Promise.race([server.exited, late]).finally(() => clearTimeout(timer));
}

/** The pids whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return children.sort((a, b) => a - b);
}

/** Running (a zombie, dead but not yet reaped, counts as gone). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Still the server or one of its PostgreSQL processes (not a reused pid). */
function startedHere(pid: number): boolean {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return command.includes(MAIN) || command.includes('postgres');
  } catch {
    return false;
  }
}

/** One request on a new connection (`Connection: close`), so the primary hands each to the next worker. */
function post(port: number, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  return new Promise((resolvePost, reject) => {
    const payload = JSON.stringify(body);
    const req = request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), connection: 'close', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolvePost({ status: res.statusCode!, body: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function get(port: number, path: string): Promise<{ status: number; text: string }> {
  return new Promise((resolveGet, reject) => {
    request({ host: '127.0.0.1', port, path, agent: false, headers: { connection: 'close' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolveGet({ status: res.statusCode!, text }));
    })
      .on('error', reject)
      .end();
  });
}

/** The value of one sample line, e.g. sample(text, 'x_total', { a: 'b' }). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => present[k] === v)) return Number(match[4]);
  }
  return null;
}

/**
 * Opens `count` connections, each answered once (kept open), and says which of
 * `pids` holds the server side of each: the socket inodes in /proc/<pid>/fd
 * against the connections in /proc/net/tcp.
 */
async function connectionOwners(port: number, count: number, pids: number[]): Promise<number[]> {
  const sockets: Socket[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const socket = connect(port, '127.0.0.1');
      sockets.push(socket);
      await new Promise<void>((answered, reject) => {
        let text = '';
        socket.on('data', (chunk) => {
          text += chunk;
          if (text.includes('\r\n\r\n')) answered();
        });
        socket.on('error', reject);
        socket.write('GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      });
    }
    const pidOfInode = new Map<string, number>();
    for (const pid of pids) {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        try {
          const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`, { encoding: 'utf8' }))?.[1];
          if (inode) pidOfInode.set(inode, pid);
        } catch {
          // closed meanwhile
        }
      }
    }
    const ownerOfClientPort = new Map<number, number>();
    for (const file of ['/proc/net/tcp', '/proc/net/tcp6'].filter((f) => existsSync(f))) {
      for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
        const columns = line.trim().split(/\s+/);
        if (columns.length < 10) continue;
        const [localPort, remotePort] = [columns[1], columns[2]].map((address) => parseInt(address.split(':')[1], 16));
        const owner = pidOfInode.get(columns[9]);
        if (localPort === port && owner) ownerOfClientPort.set(remotePort, owner);
      }
    }
    return sockets.map((socket) => ownerOfClientPort.get(socket.localPort!) ?? -1);
  } finally {
    for (const socket of sockets) socket.destroy();
  }
}

beforeAll(() => {
  // Rebuilds only when the sources are newer than the last build.
  execFileSync(process.execPath, ['tools/build.mjs', 'api'], { cwd: ROOT, stdio: 'ignore' });
}, 120_000);

afterAll(async () => {
  // A failed assertion must not leave processes behind the suite.
  for (const server of started) {
    const pids = [...server.seen, ...childrenOf(server.process.pid!), server.process.pid!];
    if (server.process.exitCode === null) server.process.kill('SIGTERM');
    await exitWithin(server, 25_000);
    for (const pid of pids) if (alive(pid) && startedHere(pid)) process.kill(pid, 'SIGKILL');
  }
}, 60_000);

describe('API_WORKERS=2: two worker processes on one port', () => {
  let server: Server;
  let workers: number[];
  let databaseName: string;
  let dataDir: string;

  beforeAll(async () => {
    databaseName = uniqueName('workers');
    const databaseUrl = await createDatabase(databaseName);
    dataDir = mkdtempSync(join(process.env.TEST_TMP_DIR ?? '/tmp', 'workers-'));
    // No AUTH_SECRET: the workers must share the one secret the primary keeps in DATA_DIR.
    // TRUST_PROXY: X-Forwarded-For gives each test its own client address for the rate limits.
    server = spawnServer(await findFreePort(), {
      API_WORKERS: '2',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      AUTH_RATE_LIMIT_PER_MINUTE: '5',
      TRUST_PROXY: 'true',
    });
    await waitFor('the start-up banner', () => server.output().includes('Community Hub is running at'), server, 120_000);
    workers = childrenOf(server.process.pid!);
  }, 150_000);

  afterAll(async () => {
    await dropDatabase(databaseName).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints its URL once; both workers serve, and /metrics sums them whichever worker answers', async () => {
    await tick(500);
    expect(server.output().match(/Community Hub is running at/g)).toHaveLength(1);
    expect(server.output()).toContain(`Community Hub is running at http://localhost:${server.port}`);
    // Only the primary started the object store; the workers were given its address.
    expect(server.output().match(/Embedded S3-compatible store ready/g)).toHaveLength(1);
    expect(workers).toHaveLength(2);

    const responses = await Promise.all(Array.from({ length: 40 }, () => post(server.port, { query: '{ networks { slug } }' })));
    expect(responses.map((r) => r.status)).toEqual(Array(40).fill(200));
    expect(responses[0].body.data.networks).toHaveLength(11);
    expect(new Set(await connectionOwners(server.port, 4, workers))).toEqual(new Set(workers));

    const totals: (number | null)[] = [];
    for (let scrape = 0; scrape < 4; scrape++) {
      const metrics = await get(server.port, '/metrics');
      expect(metrics.status).toBe(200);
      totals.push(sample(metrics.text, 'community_hub_http_requests_total', { method: 'POST', route: '/graphql', status: '200' }));
      // Read from the database by every worker: shown once, not summed.
      expect(metrics.text).toMatch(/# TYPE community_hub_job_queue_jobs gauge/);
    }
    expect(totals[0]).toBeGreaterThanOrEqual(40);
    expect(totals).toEqual(Array(4).fill(totals[0]));
  }, 60_000);

  it('counts sign-in attempts for the installation, not per worker', async () => {
    const codes: string[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      const { body } = await post(
        server.port,
        { query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { email: 'guesser@example.org', password: 'not the password' } } },
        { 'x-forwarded-for': '203.0.113.7' },
      );
      codes.push(body.errors[0].extensions.code);
    }
    expect(codes.slice(0, 5)).not.toContain('RATE_LIMITED');
    expect(codes.slice(5)).toEqual(Array(5).fill('RATE_LIMITED'));
  }, 30_000);

  it('delivers to a subscription on one worker what requests through other connections caused', async () => {
    const login = await post(
      server.port,
      { query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: COORDINATOR } },
      { 'x-forwarded-for': '203.0.113.8' },
    );
    const token: string = login.body.data.login.token;
    const networks = await post(server.port, { query: '{ networks { id slug } }' });
    const networkId: string = networks.body.data.networks.find((n: { slug: string }) => n.slug === 'macclesfield').id;

    const client: WsClient = createClient({
      url: `ws://127.0.0.1:${server.port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: true,
    });
    try {
      const threads = collect(client, 'subscription($id: ID!) { threadAdded(networkId: $id) { title } }', { id: networkId });
      await tick(500);
      const titles = ['Across workers 1', 'Across workers 2', 'Across workers 3', 'Across workers 4'];
      for (const title of titles) {
        const created = await post(
          server.port,
          { query: 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', variables: { i: { networkId, title, body: 'Posted on a new connection', tags: [] } } },
          { authorization: `Bearer ${token}` },
        );
        expect(created.body.errors).toBeUndefined();
      }
      expect(await threads.next(4, 10_000)).toBe(true);
      expect(threads.events.map((e) => e.threadAdded.title).sort()).toEqual(titles);
      expect(threads.errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  }, 30_000);

  it('replaces a worker killed with SIGKILL, and keeps answering meanwhile', async () => {
    const [victim, survivor] = workers;
    const killedAt = Date.now();
    process.kill(victim, 'SIGKILL');
    await waitFor('the primary noticing', () => server.output().includes(`(pid ${victim}) died (killed by SIGKILL); starting a replacement`), server, 10_000);

    const during = await Promise.all(Array.from({ length: 10 }, () => post(server.port, { query: '{ networks { slug } }' })));
    expect(during.map((r) => r.status)).toEqual(Array(10).fill(200));

    let replacement = 0;
    await waitFor(
      'a replacement worker serving',
      () => {
        replacement = childrenOf(server.process.pid!).find((pid) => pid !== survivor && pid !== victim) ?? 0;
        return replacement > 0 && server.output().includes(`(pid ${replacement}) is serving`);
      },
      server,
      60_000,
    );
    console.log(`workers: replacement serving ${Date.now() - killedAt} ms after SIGKILL`);
    workers = childrenOf(server.process.pid!);
    expect(workers).toEqual([survivor, replacement].sort((a, b) => a - b));
    expect(alive(victim)).toBe(false);
    const after = await Promise.all(Array.from({ length: 10 }, () => post(server.port, { query: '{ networks { slug } }' })));
    expect(after.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(new Set(await connectionOwners(server.port, 4, workers))).toEqual(new Set(workers));
  }, 90_000);

  it('stops every process on SIGTERM to the primary and exits 0', async () => {
    const pids = [server.process.pid!, ...childrenOf(server.process.pid!)];
    expect(pids).toHaveLength(3);
    const signalledAt = Date.now();
    server.process.kill('SIGTERM');
    const code = await exitWithin(server, 30_000);
    console.log(`workers: primary exited ${code} ${Date.now() - signalledAt} ms after SIGTERM`);
    expect(code).toBe(0);
    await tick(200);
    expect(pids.filter(alive)).toEqual([]);
    expect(server.output()).not.toMatch(/killing them/);
  }, 40_000);
});

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolvePort(true)));
    socket.once('error', () => resolvePort(false));
  });
}

describe('API_WORKERS=2 on embedded services (no DATABASE_URL, no S3_ENDPOINT)', () => {
  it('starts PostgreSQL and S3 once, in the primary, and stops them after the workers on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(process.env.TEST_TMP_DIR ?? '/tmp', 'workers-embedded-'));
    const pgPort = await findFreePort();
    try {
      const server = spawnServer(await findFreePort(), { API_WORKERS: '2', DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(pgPort), DEMO_DATA: 'false' });
      await waitFor('the start-up banner', () => server.output().includes('Community Hub is running at'), server, 120_000);
      expect(server.output().match(/Embedded PostgreSQL ready/g)).toHaveLength(1);
      expect(server.output().match(/Embedded S3-compatible store ready/g)).toHaveLength(1);
      expect(server.output()).toContain(`Embedded services with data in ${dataDir}`);
      const children = childrenOf(server.process.pid!);
      expect(children).toHaveLength(3); // PostgreSQL and two workers
      expect((await post(server.port, { query: '{ networks { slug } }' })).status).toBe(200);

      // A worker slow to close (paused): the database must outlive it. (embedded-postgres's own
      // signal hook would stop the database at once and end the process with 143.)
      const [slow] = children.filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.js'));
      process.kill(slow, 'SIGSTOP');
      try {
        server.process.kill('SIGTERM');
        await tick(2000);
        expect(server.process.exitCode).toBeNull();
        expect(await portOpen(pgPort)).toBe(true);
      } finally {
        process.kill(slow, 'SIGCONT');
      }
      expect(await exitWithin(server, 30_000)).toBe(0);
      expect(await portOpen(pgPort)).toBe(false);
      await tick(200);
      expect(children.filter(alive)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);
});

describe('API_WORKERS=2 with an unreachable database', () => {
  it('gives up after repeated start-up failures: the primary exits non-zero and leaves no worker', async () => {
    const dataDir = mkdtempSync(join(process.env.TEST_TMP_DIR ?? '/tmp', 'workers-'));
    const server = spawnServer(await findFreePort(), {
      API_WORKERS: '2',
      DATABASE_URL: `postgres://nobody:nothing@127.0.0.1:${await findFreePort()}/nowhere`,
      DATA_DIR: dataDir,
    });
    const began = Date.now();
    const code = await exitWithin(server, 90_000);
    const workerPids = server.seen;
    console.log(`workers: unreachable database, primary exited ${code} after ${Date.now() - began} ms`);
    try {
      expect(code).not.toBe('still running');
      expect(code).not.toBe(0);
      expect(Date.now() - began).toBeLessThan(90_000);
      expect(server.output()).toMatch(/3 workers failed to start .* and none is serving; stopping/);
      expect(server.output()).not.toContain('Community Hub is running at');
      expect(workerPids.size).toBeGreaterThanOrEqual(3);
      await tick(200);
      expect([...workerPids].filter(alive)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 100_000);
});
