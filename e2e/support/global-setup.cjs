// Jest globalSetup for the browser journeys:
//  1. makes sure Debian's Chromium is installed (playwright-core drives it),
//  2. builds the API and the web client when their sources changed,
//  3. starts the real server on a free port with a fresh DATA_DIR (embedded
//     PostgreSQL + S3 underneath) and waits until /health/ready answers 200.
// The base URL reaches the test workers through process.env.E2E_BASE_URL.
// globalSetup and globalTeardown run in the same process: the server handle is
// kept on globalThis for the teardown.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const SERVER_ENTRY = path.join(ROOT, 'dist/api/apps/api/src/main.js');
const READY_TIMEOUT_MS = 90_000;
// Ports other people's servers use on this machine: never take them.
const RESERVED_PORTS = new Set([3000, 3111, 5173, 5432]);

const ADMIN_EMAIL = 'e2e-admin@example.org';
const ADMIN_PASSWORD = 'e2e-admin-password';

function log(message) {
  process.stderr.write(`[e2e] ${message}\n`);
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  log(`${CHROMIUM} is missing: installing Debian's chromium (apt-get, about a minute)...`);
  const started = Date.now();
  const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8',
    timeout: 10 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || !fs.existsSync(CHROMIUM)) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(
      `Chromium is required for the e2e suite but could not be installed ` +
        `(apt-get update && apt-get install -y chromium ${result.error ? `failed: ${result.error.message}` : `exited with ${result.status}`}).\n` +
        `Install it by hand (as root) and run the suite again.\n--- apt output (last lines) ---\n${output}`,
    );
  }
  log(`chromium installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function build() {
  if (process.env.E2E_SKIP_BUILD === '1') {
    log('E2E_SKIP_BUILD=1: not running tools/build.mjs');
  } else {
    // E2E_BUILD_PARTS="api" builds only the API (e.g. while the web client is mid-way).
    const parts = (process.env.E2E_BUILD_PARTS ?? '').split(/[\s,]+/).filter(Boolean);
    const result = spawnSync(process.execPath, ['tools/build.mjs', ...parts], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
      timeout: 10 * 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    if (result.status !== 0) {
      const lines = output.split('\n');
      const shown = lines.length > 80 ? [...lines.slice(0, 70), '...', ...lines.slice(-10)] : lines;
      throw new Error(
        `"node tools/build.mjs${parts.length ? ` ${parts.join(' ')}` : ''}" failed (exit ${result.status ?? result.error?.message}). ` +
          `Fix the build, or run with E2E_BUILD_PARTS=api / E2E_SKIP_BUILD=1 to test what is already built:\n${shown.join('\n')}`,
      );
    }
    if (output) log(output.split('\n').join('\n[e2e] '));
  }
  if (!fs.existsSync(SERVER_ENTRY)) {
    throw new Error(`The API build is missing: ${path.relative(ROOT, SERVER_ENTRY)} does not exist after the build.`);
  }
  if (!fs.existsSync(path.join(ROOT, 'dist/web/index.html'))) {
    log('WARNING: dist/web/index.html does not exist: the server will serve the API only and the browser journeys will fail.');
  }
}

/**
 * Copies dist/web (and dist/web-server) into the run's own directory and serves it from there
 * (WEB_DIST_DIR): a rebuild of dist/web during the run (vite empties the
 * directory first) must not turn pages into 404s halfway through the suite.
 * Retries while the copy looks half-built (index.html naming missing assets).
 */
async function snapshotWebClient(workDir) {
  const source = path.join(ROOT, 'dist/web');
  const target = path.join(workDir, 'web');
  for (let attempt = 1; attempt <= 10; attempt++) {
    fs.rmSync(target, { recursive: true, force: true });
    try {
      if (!fs.existsSync(path.join(source, 'index.html'))) throw new Error('no index.html');
      fs.cpSync(source, target, { recursive: true });
      const html = fs.readFileSync(path.join(target, 'index.html'), 'utf8');
      const missing = [...html.matchAll(/(?:src|href)="\/(?!\/)([^"?#]+)"/g)]
        .map((m) => m[1])
        .filter((file) => !fs.existsSync(path.join(target, file)));
      if (missing.length) throw new Error(`index.html names missing files: ${missing.join(', ')}`);
      // The renderer of the first pages' HTML (apps/api/src/http/server-render.ts) sits beside the web client.
      const renderer = path.join(ROOT, 'dist/web-server');
      fs.rmSync(path.join(workDir, 'web-server'), { recursive: true, force: true });
      if (fs.existsSync(renderer)) fs.cpSync(renderer, path.join(workDir, 'web-server'), { recursive: true });
      return target;
    } catch (error) {
      if (attempt === 10) {
        log(`WARNING: could not take a consistent copy of dist/web (${error.message}): serving dist/web directly`);
        fs.rmSync(target, { recursive: true, force: true });
        return undefined;
      }
      await sleep(1_000);
    }
  }
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function pickPort() {
  for (let i = 0; i < 20; i++) {
    const port = await freePort();
    if (!RESERVED_PORTS.has(port)) return port;
  }
  throw new Error('Could not find a free port');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A timer that does not keep Jest's process alive. */
const unrefSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

async function waitUntilReady(baseUrl, server) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`The server exited (code ${server.child.exitCode}, signal ${server.child.signalCode}) before it was ready.`);
    }
    try {
      const res = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`;
    } catch (error) {
      last = error.cause?.code ?? error.message;
    }
    await sleep(300);
  }
  throw new Error(`GET ${baseUrl}/health/ready did not return 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${last}).`);
}

function startServer(port, workDir, webDir) {
  const dataDir = path.join(workDir, 'data');
  fs.mkdirSync(dataDir);
  const logFile = path.join(workDir, 'server.log');
  const logStream = fs.createWriteStream(logFile);
  const tail = [];
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: 'true',
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      NEWCOMER_DAYS: '0',
      // Sign-up and reset emails come from a background job: poll often, so journeys wait less for them.
      JOBS_POLLING_INTERVAL_SECONDS: '0.5',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      // Never let a developer's own settings leak into the test server.
      DATABASE_URL: '',
      S3_ENDPOINT: '',
      S3_PUBLIC_URL: '',
      PUBLIC_URL: '',
      REDIS_URL: '',
      WEB_DIST_DIR: webDir ?? '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk) => {
    logStream.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 200) tail.shift();
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  exited.then(() => logStream.end());
  return { child, exited, tail, logFile, dataDir, workDir };
}

/** Stops the server: SIGTERM, then SIGKILL after 10 s (and any orphaned postmaster). */
async function stopServer(server) {
  if (!server) return;
  const { child, exited } = server;
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const timer = unrefSleep(10_000).then(() => 'timeout');
    if ((await Promise.race([exited, timer])) === 'timeout') {
      log('the server did not stop within 10 s of SIGTERM: sending SIGKILL');
      child.kill('SIGKILL');
      await Promise.race([exited, unrefSleep(5_000)]);
      killOrphanedPostgres(server.dataDir);
    }
  }
}

/** After a SIGKILL the embedded PostgreSQL the server started may survive: stop it by its pid file. */
function killOrphanedPostgres(dataDir) {
  const pidFiles = [];
  const walk = (dir, depth) => {
    if (depth > 3 || !fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isFile() && entry.name === 'postmaster.pid') pidFiles.push(full);
      else if (entry.isDirectory()) walk(full, depth + 1);
    }
  };
  try {
    walk(dataDir, 0);
    for (const file of pidFiles) {
      const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
      if (Number.isInteger(pid) && pid > 1) {
        try {
          process.kill(pid, 'SIGQUIT');
          log(`stopped orphaned PostgreSQL (pid ${pid})`);
        } catch {
          /* already gone */
        }
      }
    }
  } catch (error) {
    log(`could not look for an orphaned PostgreSQL: ${error.message}`);
  }
}

function removeWorkDir(server) {
  if (!server) return;
  if (process.env.E2E_KEEP_DATA === '1') {
    log(`E2E_KEEP_DATA=1: keeping ${server.workDir} (server log: ${server.logFile})`);
    return;
  }
  fs.rmSync(server.workDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
}

module.exports = async function globalSetup() {
  ensureChromium();
  build();

  const port = await pickPort();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'community-hub-e2e-'));
  // mkdtemp makes the directory 0700; embedded PostgreSQL runs initdb as the
  // "postgres" user when we are root, which must be able to reach DATA_DIR below it.
  fs.chmodSync(workDir, 0o755);
  const baseUrl = `http://127.0.0.1:${port}`;
  log(`starting the server at ${baseUrl} (data in ${workDir})`);
  const started = Date.now();
  const webDir = await snapshotWebClient(workDir);
  const server = startServer(port, workDir, webDir);
  globalThis.__E2E_SERVER__ = server;
  try {
    await waitUntilReady(baseUrl, server);
  } catch (error) {
    await stopServer(server);
    const output = server.tail.join('\n');
    removeWorkDir(server);
    globalThis.__E2E_SERVER__ = undefined;
    throw new Error(`${error.message}\n--- server output (last ${server.tail.length} lines) ---\n${output || '(none)'}`);
  }
  log(`server ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Does the server serve the web client? (It serves the API only when dist/web is missing.)
  const home = await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } }).catch(() => null);
  const web = Boolean(home?.ok && (home.headers.get('content-type') ?? '').includes('text/html'));
  if (!web) log(`WARNING: GET / answered ${home?.status ?? 'nothing'} without HTML: no web client, the browser journeys will fail`);

  process.env.E2E_BASE_URL = baseUrl;
  process.env.E2E_WEB_CLIENT = web ? '1' : '0';
  process.env.E2E_ADMIN_EMAIL = ADMIN_EMAIL;
  process.env.E2E_ADMIN_PASSWORD = ADMIN_PASSWORD;
  process.env.E2E_CHROMIUM = CHROMIUM;
  process.env.E2E_SERVER_LOG = server.logFile;
  // Emails are files in DATA_DIR/mail (no SMTP_URL): journeys (invitations, verification, reset) follow the links in them.
  process.env.E2E_DATA_DIR = server.dataDir;
  // The web client the server sends (the service-worker journey edits index.html there to play a new deploy).
  process.env.E2E_WEB_DIR = webDir ?? path.join(ROOT, 'dist/web');
};

module.exports.stopServer = stopServer;
module.exports.removeWorkDir = removeWorkDir;
