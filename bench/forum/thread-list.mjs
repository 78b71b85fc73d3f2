#!/usr/bin/env node
// Thread list: the GraphQL API vs. the floor (one SQL statement over raw pg,
// served by bare node:http), loaded by autocannon with the same settings in the
// same run. Needs the data from generate.mjs and a built API (node tools/build.mjs api).
//
//   node bench/forum/thread-list.mjs               # API vs floor, results/thread-list.json
//   node bench/forum/thread-list.mjs --profile     # API only, under --cpu-prof; results/thread-list-profile.json
//
// Env: CONNECTIONS (50), WARMUP (5 s), DURATION (20 s), ROUNDS (2: api, floor, floor with a bound limit, then again),
//      POOL_SIZE (10 = the API's default DATABASE_POOL_SIZE; used for both sides).
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { FLOOR_SQL } from './floor-server.mjs';
import { summariseProfile } from './profile-summary.mjs';
import {
  AUTH_SECRET, BENCH_DIR, PG_DIR, RESULTS_DIR, childPids, cpuSecondsOf, cpuSecondsOfTree, freePort, login, machine, onCleanup,
  percentile, readState, runMain, sleep, startApi, startPostgres, statementDelta, statementSnapshot, writeResult,
} from './lib.mjs';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const WARMUP = Number(process.env.WARMUP ?? 5);
const DURATION = Number(process.env.DURATION ?? 20);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const POOL_SIZE = Number(process.env.POOL_SIZE ?? 10);
const PROFILE = process.argv.includes('--profile');
/** Extra node flags for the API process (experiments), e.g. "--max-semi-space-size=32". */
const API_NODE_ARGS = (process.env.API_NODE_ARGS ?? '').split(' ').filter(Boolean);
const RESULT = process.env.RESULT ?? 'thread-list.json';

const QUERY = `query ThreadList($slug: String!) {
  network(slug: $slug) {
    threads(first: 25) {
      edges { cursor node { id title tags postCount lastActivityAt pinned locked unreadCount author { id name } lastPoster { id name } } }
      pageInfo { endCursor hasNextPage }
    }
  }
}`;

// ---- CPU accounting (who burns the 2 cores during the load) ------------------------
function postgresPids() {
  const postmaster = Number(readFileSync(join(PG_DIR, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return [postmaster, ...childPids(postmaster)];
}
function cpuSnapshot(serverPid) {
  const pgPids = postgresPids();
  const self = process.cpuUsage();
  return {
    server: cpuSecondsOfTree(serverPid),
    postgres: Object.fromEntries(pgPids.map((p) => [p, cpuSecondsOf(p)])),
    loadgen: (self.user + self.system) / 1e6,
  };
}
function cpuDelta(a, b, seconds) {
  let pgSum = 0;
  for (const [pid, v] of Object.entries(b.postgres)) pgSum += v - (a.postgres[pid] ?? 0);
  const pct = (x) => Math.round((100 * x) / seconds); // 100% = one full core
  return { serverPctOfCore: pct(b.server - a.server), postgresPctOfCore: pct(pgSum), loadgenPctOfCore: pct(b.loadgen - a.loadgen) };
}

// ---- load ---------------------------------------------------------------------------
function load(url, token, duration) {
  return autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY, variables: { slug: readState().slug } }),
  });
}

async function measure(name, target) {
  process.stdout.write(`  ${name}: warm-up ${WARMUP} s… `);
  await load(target.url, target.token, WARMUP);
  process.stdout.write(`measuring ${DURATION} s… `);
  const before = cpuSnapshot(target.pid);
  const r = await load(target.url, target.token, DURATION);
  const cpu = cpuDelta(before, cpuSnapshot(target.pid), DURATION);
  const row = {
    target: name,
    reqPerSec: Math.round(r.requests.average),
    totalRequests: r.requests.total,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: +r.latency.mean.toFixed(2) },
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    bytesPerResponse: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
    cpu,
  };
  console.log(`${row.reqPerSec} req/s, p50 ${row.latencyMs.p50} ms, p99 ${row.latencyMs.p99} ms, errors ${row.errors}, non-2xx ${row.non2xx}`);
  return row;
}

async function post(url, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY, variables: { slug: readState().slug } }),
  });
  return { status: res.status, body: await res.json() };
}

/** Sequential requests: latency with no queueing (the service time of one request). */
async function sequential(url, token, pid, n = 200) {
  const times = [];
  const before = cpuSnapshot(pid);
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await post(url, token);
    times.push(performance.now() - t);
  }
  const after = cpuSnapshot(pid);
  let pgSeconds = 0;
  for (const [p, v] of Object.entries(after.postgres)) pgSeconds += v - (before.postgres[p] ?? 0);
  times.sort((a, b) => a - b);
  return {
    n,
    p50: +percentile(times, 50).toFixed(2),
    p99: +percentile(times, 99).toFixed(2),
    serverCpuMsPerRequest: +(((after.server - before.server) * 1000) / n).toFixed(2),
    postgresCpuMsPerRequest: +((pgSeconds * 1000) / n).toFixed(2),
  };
}

function startFloor(databaseUrl, slug, extraEnv = {}) {
  return freePort().then(
    (port) =>
      new Promise((resolve, reject) => {
        const child = fork(join(BENCH_DIR, 'floor-server.mjs'), [], {
          env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET, PORT: String(port), POOL_SIZE: String(POOL_SIZE), SLUG: slug, ...extraEnv },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        const exited = new Promise((r) => child.once('exit', r));
        onCleanup(async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          if (!(await Promise.race([exited.then(() => true), sleep(5000)]))) child.kill('SIGKILL');
        });
        child.once('message', (m) => (m === 'ready' ? resolve({ url: `http://127.0.0.1:${port}/graphql`, pid: child.pid }) : reject(new Error(m))));
        child.once('exit', (code) => reject(new Error(`floor server exited ${code}`)));
      }),
  );
}

function sameRows(apiBody, floorBody) {
  const norm = (b) =>
    b.data.network.threads.edges.map((e) => ({ ...e, node: { ...e.node, lastActivityAt: new Date(e.node.lastActivityAt).toISOString() } }));
  const a = JSON.stringify(norm(apiBody));
  const f = JSON.stringify(norm(floorBody));
  return { identical: a === f, rows: apiBody.data.network.threads.edges.length };
}

async function main() {
  const state = readState();
  const info = machine();
  console.log(`Thread list benchmark: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s, ${PROFILE ? 'API under --cpu-prof' : `${ROUNDS} round(s) API/floor`}`);
  const db = await startPostgres();
  const profDir = join(RESULTS_DIR, 'prof');
  if (PROFILE) {
    rmSync(profDir, { recursive: true, force: true });
    mkdirSync(profDir, { recursive: true });
  }
  const api = await startApi({
    databaseUrl: db.url,
    env: { DATABASE_POOL_SIZE: String(POOL_SIZE) },
    nodeArgs: [...API_NODE_ARGS, ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-name=api-thread-list.cpuprofile'] : [])],
  });
  const session = await login(api.url, state.benchUser.email, state.benchUser.password);
  const apiTarget = { url: api.url, token: session.token, pid: api.pid };

  const first = await post(api.url, session.token);
  if (first.status !== 200 || first.body.errors) throw new Error(`API query failed: ${JSON.stringify(first.body).slice(0, 500)}`);

  if (PROFILE) {
    const row = await measure('api (profiled)', apiTarget);
    await api.stop();
    const file = join(profDir, 'api-thread-list.cpuprofile');
    for (let i = 0; i < 50 && !existsSync(file); i++) await sleep(100);
    const summary = summariseProfile(file);
    console.log(`\nCPU profile of the API during warm-up + load (${summary.busySeconds} s busy of ${summary.wallSeconds} s):`);
    for (const r of summary.byPackage.slice(0, 15)) console.log(`  ${String(r.pctOfBusy).padStart(5)}%  ${r.name}`);
    console.log('Top functions:');
    for (const r of summary.byFunction.slice(0, 20)) console.log(`  ${String(r.pctOfBusy).padStart(5)}%  ${r.name}`);
    const out = writeResult('thread-list-profile.json', { generatedAt: new Date().toISOString(), machine: info, settings: { CONNECTIONS, WARMUP, DURATION, POOL_SIZE }, load: row, profile: summary });
    console.log(`\nWrote ${out} (raw profile: ${file})`);
    return;
  }

  const floor = await startFloor(db.url, state.slug);
  const floorTarget = { url: floor.url, token: session.token, pid: floor.pid };
  // The floor as first written (limit bound as $3, re-planned on every call): the floor of earlier runs.
  const floorBound = await startFloor(db.url, state.slug, { FLOOR_BOUND_LIMIT: '1' });
  const floorBoundTarget = { url: floorBound.url, token: session.token, pid: floorBound.pid };
  const floorFirst = await post(floor.url, session.token);
  const check = sameRows(first.body, floorFirst.body);
  const unread = first.body.data.network.threads.edges.map((e) => e.node.unreadCount);
  console.log(`  correctness: API and floor return ${check.identical ? 'identical' : 'DIFFERENT'} ${check.rows} rows; unread counts on page 1: ${unread.join(',')}`);

  // Diagnostics, before the load: statements per request and unloaded latency.
  const admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  const N = 100;
  // A clean slate: the benchmark cluster is reused, and a full pg_stat_statements table evicts new entries.
  await admin.query('SELECT pg_stat_statements_reset()');
  const s0 = await statementSnapshot(admin);
  for (let i = 0; i < N; i++) await post(api.url, session.token);
  const apiStatements = statementDelta(s0, await statementSnapshot(admin));
  const s1 = await statementSnapshot(admin);
  for (let i = 0; i < N; i++) await post(floor.url, session.token);
  const floorStatements = statementDelta(s1, await statementSnapshot(admin));
  const perRequest = (list) => +(list.reduce((s, x) => s + x.calls, 0) / N).toFixed(2);
  const dbMsPerRequest = (list) => +(list.reduce((s, x) => s + x.ms, 0) / N).toFixed(3);
  console.log(`  SQL statements per request: API ${perRequest(apiStatements)} (${dbMsPerRequest(apiStatements)} ms in PostgreSQL), floor ${perRequest(floorStatements)} (${dbMsPerRequest(floorStatements)} ms)`);
  for (const s of apiStatements) console.log(`     API ${String(s.calls / N).padStart(4)}× ${(s.ms / s.calls).toFixed(3)} ms  ${s.query.slice(0, 150)}`);
  for (const s of floorStatements) console.log(`     floor ${String(s.calls / N).padStart(4)}× ${(s.ms / s.calls).toFixed(3)} ms  ${s.query.slice(0, 150)}`);
  const seqApi = await sequential(api.url, session.token, api.pid);
  const seqFloor = await sequential(floor.url, session.token, floor.pid);
  console.log(`  unloaded (sequential, n=200): API p50 ${seqApi.p50} ms p99 ${seqApi.p99} ms, CPU/request: API process ${seqApi.serverCpuMsPerRequest} ms + PostgreSQL ${seqApi.postgresCpuMsPerRequest} ms`);
  console.log(`                                floor p50 ${seqFloor.p50} ms p99 ${seqFloor.p99} ms, CPU/request: floor process ${seqFloor.serverCpuMsPerRequest} ms + PostgreSQL ${seqFloor.postgresCpuMsPerRequest} ms`);

  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`Round ${round}/${ROUNDS}`);
    rounds.push({
      round,
      api: await measure('api  ', apiTarget),
      floor: await measure('floor', floorTarget),
      floorBoundLimit: await measure('floor (bound limit)', floorBoundTarget),
    });
  }

  // EXPLAIN the floor's statement on the generated data (the API's own statements and their
  // mean execution times are in diagnostics.apiStatements, from pg_stat_statements).
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const explain = async (sqlText, params) =>
    (await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sqlText}`, params)).rows.map((r) => r['QUERY PLAN']);
  const explainFloor = await explain(FLOOR_SQL, [state.slug, state.benchUser.id]);
  await client.end();
  await admin.end();

  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const agg = (side) => ({
    reqPerSec: Math.round(mean(rounds.map((r) => r[side].reqPerSec))),
    p50: +mean(rounds.map((r) => r[side].latencyMs.p50)).toFixed(1),
    p99: +mean(rounds.map((r) => r[side].latencyMs.p99)).toFixed(1),
    errors: rounds.reduce((s, r) => s + r[side].errors + r[side].timeouts, 0),
    non2xx: rounds.reduce((s, r) => s + r[side].non2xx, 0),
  });
  const A = agg('api');
  const F1 = agg('floor');
  const FB = agg('floorBoundLimit');
  const ratio = +(A.reqPerSec / F1.reqPerSec).toFixed(3);
  const ratioToBound = +(A.reqPerSec / FB.reqPerSec).toFixed(3);
  const goals = {
    throughputAtLeastHalfOfFloor: { goal: '>= 0.50', actual: ratio, met: ratio >= 0.5 },
    apiP99AtMost50ms: { goal: '<= 50 ms', actual: A.p99, met: A.p99 <= 50 },
  };

  console.log('\n| target | req/s | p50 ms | p99 ms | errors | non-2xx |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rounds) {
    for (const side of ['api', 'floor', 'floorBoundLimit']) {
      const x = r[side];
      console.log(`| ${side} (round ${r.round}) | ${x.reqPerSec} | ${x.latencyMs.p50} | ${x.latencyMs.p99} | ${x.errors + x.timeouts} | ${x.non2xx} |`);
    }
  }
  console.log(`| **api (mean)** | **${A.reqPerSec}** | ${A.p50} | **${A.p99}** | ${A.errors} | ${A.non2xx} |`);
  console.log(`| **floor (mean)** | **${F1.reqPerSec}** | ${F1.p50} | ${F1.p99} | ${F1.errors} | ${F1.non2xx} |`);
  console.log(`| floor, bound limit (mean) | ${FB.reqPerSec} | ${FB.p50} | ${FB.p99} | ${FB.errors} | ${FB.non2xx} |`);
  console.log(`\nAPI/floor throughput: ${(ratio * 100).toFixed(1)}% (goal >= 50%: ${goals.throughputAtLeastHalfOfFloor.met ? 'MET' : 'NOT MET'})`);
  console.log(`API/floor with a bound limit (the floor of earlier runs): ${(ratioToBound * 100).toFixed(1)}% (for comparison only)`);
  console.log(`API p99: ${A.p99} ms (goal <= 50 ms: ${goals.apiP99AtMost50ms.met ? 'MET' : 'NOT MET'})`);

  const out = writeResult(RESULT, {
    generatedAt: new Date().toISOString(),
    command: `${API_NODE_ARGS.length ? `API_NODE_ARGS="${API_NODE_ARGS.join(' ')}" ` : ''}node bench/forum/thread-list.mjs`,
    machine: info,
    settings: { CONNECTIONS, WARMUP, DURATION, ROUNDS, POOL_SIZE, API_NODE_ARGS, apiEnv: 'NODE_ENV=production LOG_LEVEL=warn' },
    data: state.counts,
    query: QUERY,
    floorSql: FLOOR_SQL.trim(),
    correctness: check,
    summary: {
      api: A,
      floor: F1,
      floorBoundLimit: FB,
      apiToFloorThroughput: ratio,
      apiToFloorBoundLimitThroughput: ratioToBound,
    },
    goals,
    rounds,
    diagnostics: {
      statementsPerRequest: { api: perRequest(apiStatements), floor: perRequest(floorStatements) },
      postgresMsPerRequest: { api: dbMsPerRequest(apiStatements), floor: dbMsPerRequest(floorStatements) },
      apiStatements: apiStatements.map((s) => ({ ...s, perRequest: s.calls / N })),
      unloadedLatencyMs: { api: seqApi, floor: seqFloor },
      explainFloorStatement: explainFloor,
    },
  });
  console.log(`Wrote ${out}`);
}

runMain(main, { deadlineMs: 10 * 60_000 });
