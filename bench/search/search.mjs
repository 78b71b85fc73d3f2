#!/usr/bin/env node
// Search: two-word queries through the GraphQL API vs. the same SQL over raw pg (the
// floor), in the same run, at 1 and 10 concurrent clients. Needs the data from
// bench/search/generate.mjs and a built API (node tools/build.mjs api).
//
//   node bench/search/search.mjs            # writes bench/search/results/search.json
//
// Env: CONCURRENCY ("1,10"), REQUESTS_PER_QUERY (20 per query, target and concurrency),
//      POOL_SIZE (10 = the API's default DATABASE_POOL_SIZE; the floor's pg Pool too),
//      RESULT (file name under results/), LABEL (free text stored with the result),
//      PG_SETTINGS (extra PostgreSQL settings for experiments, space-separated name=value),
//      COUNTS_REQUESTS (3: sequential searchCounts requests per query, a diagnostic).
//
// The floor's SQL is not a copy: it is built by the API's own SearchService (from dist/,
// so the same code the API runs) with a recording stand-in for the database, then
// issued with pg's Pool from this process: no HTTP, no GraphQL, no auth.
import './env.mjs';
import { execSync } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  PG_FLAGS, REPO, login, machine, percentile, readState, runMain, startApi, startPostgres, statementDelta, statementSnapshot,
} from '../forum/lib.mjs';

const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'results');
function writeResult(name, data) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, name);
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  return file;
}

const CONCURRENCY = (process.env.CONCURRENCY ?? '1,10').split(',').map(Number);
const REQUESTS_PER_QUERY = Number(process.env.REQUESTS_PER_QUERY ?? 20);
const POOL_SIZE = Number(process.env.POOL_SIZE ?? 10);
const RESULT = process.env.RESULT ?? 'search.json';
/** Extra PostgreSQL settings for experiments, e.g. "max_parallel_workers_per_gather=0" (after PG_FLAGS, so they win). */
const PG_SETTINGS = (process.env.PG_SETTINGS ?? '').split(' ').filter(Boolean);
for (const setting of PG_SETTINGS) PG_FLAGS.push('-c', setting);
const FIRST = 20;

/**
 * Two-word queries, from common to absent. The forum's posts are made of 12 sentences,
 * so a word of one of them is in about 20% of the 1,000,000 posts; titles combine 14
 * prefixes, 18 topics and 14 places; the documents' words are in bench/search/generate.mjs.
 */
export const QUERIES = [
  // words of the posts' sentences: ~100,000-200,000 matching posts each
  { q: 'volunteers saturday', class: 'common' },
  { q: 'grant deadline', class: 'common' },
  { q: 'church hall', class: 'common' },
  { q: 'housing association', class: 'common' },
  { q: 'meeting notes', class: 'common' },
  { q: 'minibus bookings', class: 'common' },
  { q: 'written consent', class: 'common' },
  { q: 'trustees bid', class: 'common' },
  // thread titles (and some documents): thousands of threads each
  { q: 'food bank', class: 'titles' },
  { q: 'repair café', class: 'titles' },
  { q: 'youth club', class: 'titles' },
  { q: 'community garden', class: 'titles' },
  { q: 'walking group', class: 'titles' },
  { q: 'Macclesfield volunteers', class: 'titles' },
  // mostly documents
  { q: 'safeguarding policy', class: 'documents' },
  { q: 'risk assessment', class: 'documents' },
  { q: 'annual report', class: 'documents' },
  { q: 'dementia café', class: 'documents' },
  // rare words (a few hundred documents at most)
  { q: 'defibrillator training', class: 'rare' },
  { q: 'asbestos survey', class: 'rare' },
  { q: 'hedgehog sightings', class: 'rare' },
  { q: 'beekeeping orchard', class: 'rare' },
  { q: 'makaton course', class: 'rare' },
  // no match at all
  { q: 'quokka aardvark', class: 'none' },
];

const GQL = `query Search($q: String!) { search(query: $q, first: ${FIRST}) { kind id title snippet path } }`;
/** What the web search page asks next to `search` (not part of the goal; measured unloaded, for the record). */
const COUNTS_GQL = 'query SearchCounts($q: String!) { searchCounts(query: $q) { kind count } }';
const COUNTS_REQUESTS = Number(process.env.COUNTS_REQUESTS ?? 3);

// ---- the floor's SQL, built by the API's own code ---------------------------------------
function floorBuilder() {
  const require = createRequire(import.meta.url);
  const dist = (p) => join(REPO, 'dist/api/libs/api', p);
  const { SearchService } = require(dist('search/src/search.service.js'));
  const { SpaceAccessService } = require(dist('access/src/space-access.service.js'));
  const { NetworkSpaceAccessPolicy } = require(dist('networks/src/network-space-access.policy.js'));
  const { ConsortiumSpaceAccessPolicy } = require(dist('consortia/src/access/consortium-space-access.policy.js'));
  let captured = null;
  const recorder = {
    query: async (sql, params) => {
      captured = { sql, params };
      return [];
    },
  };
  const access = new SpaceAccessService(recorder);
  // As NetworksModule and ConsortiaModule do on start.
  access.register(new NetworkSpaceAccessPolicy());
  access.register(new ConsortiumSpaceAccessPolicy());
  const service = new SearchService(recorder, access);
  const capture = async (fn) => {
    captured = null;
    await fn();
    if (!captured) throw new Error('SearchService issued no SQL');
    return captured;
  };
  return {
    search: (userId, query) => capture(() => service.search({ userId }, { query, first: FIRST })),
    counts: (userId, query) => capture(() => service.counts({ userId }, { query })),
  };
}

// ---- the two targets ------------------------------------------------------------------
function apiTarget(url, token, connections, document = GQL, field = 'search') {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const { hostname, port, pathname } = new URL(url);
  return {
    name: 'api',
    close: () => agent.destroy(),
    run: (query) =>
      new Promise((resolve, reject) => {
        const body = JSON.stringify({ query: document, variables: { q: query } });
        const req = http.request(
          { agent, hostname, port, path: pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } },
          (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              if (res.statusCode !== 200 || parsed.errors) reject(new Error(`API ${res.statusCode}: ${JSON.stringify(parsed).slice(0, 500)}`));
              else resolve(parsed.data[field]);
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
  };
}

function floorTarget(pool, statements) {
  return {
    name: 'floor',
    close: () => undefined,
    run: async (query) => {
      const { sql, params } = statements.get(query);
      const { rows } = await pool.query(sql, params);
      return rows.map((r) => ({ kind: r.kind, id: r.id, title: r.title, snippet: (r.snippet ?? '').replace(/\s+/g, ' ').trim() }));
    },
  };
}

// ---- measurement ------------------------------------------------------------------------
/** REQUESTS_PER_QUERY × queries requests, pulled from one interleaved queue by `connections` workers. */
async function measure(target, connections) {
  const queue = [];
  for (let r = 0; r < REQUESTS_PER_QUERY; r++) for (const { q } of QUERIES) queue.push(q);
  const samples = new Map(QUERIES.map(({ q }) => [q, []]));
  const load0 = os.loadavg();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < queue.length) {
        const q = queue[next++];
        const t = performance.now();
        await target.run(q);
        samples.get(q).push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const all = [...samples.values()].flat().sort((a, b) => a - b);
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const r = (v) => +v.toFixed(1);
    return { n: s.length, p50: r(percentile(s, 50)), p95: r(percentile(s, 95)), p99: r(percentile(s, 99)), max: r(s.at(-1)) };
  };
  return {
    target: target.name,
    connections,
    seconds: +seconds.toFixed(2),
    reqPerSec: +(all.length / seconds).toFixed(1),
    overall: stats(all),
    perQuery: Object.fromEntries([...samples].map(([q, xs]) => [q, stats(xs)])),
    loadavgBefore: load0.map((x) => +x.toFixed(2)),
    loadavgAfter: os.loadavg().map((x) => +x.toFixed(2)),
  };
}

const fmt = (x) => (x == null || Number.isNaN(x) ? '–' : String(x));

async function main() {
  const state = readState();
  if (!state.search) throw new Error('No documents in the data set: run "node bench/search/generate.mjs" first');
  const info = { ...machine(), uptime: execSync('uptime').toString().trim() };
  // The code measured: dist/api should be built from this (node tools/build.mjs api).
  const git = execSync('git rev-parse --short HEAD', { cwd: REPO }).toString().trim() + (execSync('git status --porcelain -- libs apps', { cwd: REPO }).toString().trim() ? ' (+ uncommitted changes in libs/ or apps/)' : '');
  console.log(`Search benchmark: ${QUERIES.length} two-word queries, ${REQUESTS_PER_QUERY} requests per query, concurrency ${CONCURRENCY.join(' and ')}`);
  console.log(`machine: ${JSON.stringify(info)}`);

  const db = await startPostgres();
  const api = await startApi({ databaseUrl: db.url, env: { DATABASE_POOL_SIZE: String(POOL_SIZE) } });
  const session = await login(api.url, state.benchUser.email, state.benchUser.password);
  const pool = new pg.Pool({ connectionString: db.url, max: POOL_SIZE, application_name: 'bench-search-floor' });

  const builder = floorBuilder();
  const statements = new Map();
  for (const { q } of QUERIES) statements.set(q, await builder.search(session.user.id, q));

  // How many things match each query (the work ranking has to do), once, through the counts SQL.
  const matches = {};
  for (const { q } of QUERIES) {
    const { sql, params } = await builder.counts(session.user.id, q);
    const { rows } = await pool.query(sql, params);
    matches[q] = Object.fromEntries(rows.map((r) => [r.kind, r.count]));
  }

  // Correctness: the API and the floor return the same hits in the same order, with the same snippets.
  const correctness = {};
  const api1 = apiTarget(api.url, session.token, 1);
  const floor = floorTarget(pool, statements);
  for (const { q } of QUERIES) {
    const a = (await api1.run(q)).map(({ kind, id, title, snippet }) => ({ kind, id, title, snippet }));
    const f = await floor.run(q);
    correctness[q] = { hits: a.length, identical: JSON.stringify(a) === JSON.stringify(f) };
    if (!correctness[q].identical) console.log(`  DIFFERENT results for "${q}":\n    api   ${JSON.stringify(a).slice(0, 300)}\n    floor ${JSON.stringify(f).slice(0, 300)}`);
  }
  api1.close();
  const allIdentical = Object.values(correctness).every((c) => c.identical);
  console.log(`  correctness: API and floor return ${allIdentical ? 'identical' : 'DIFFERENT'} hits for ${QUERIES.length} queries`);

  // Statements per API request (the search itself plus whatever else a request costs).
  const admin = new pg.Client({ connectionString: db.adminUrl });
  await admin.connect();
  const s0 = await statementSnapshot(admin);
  const apiProbe = apiTarget(api.url, session.token, 1);
  for (const { q } of QUERIES) await apiProbe.run(q);
  apiProbe.close();
  const apiStatements = statementDelta(s0, await statementSnapshot(admin));
  const statementsPerRequest = +(apiStatements.reduce((s, x) => s + x.calls, 0) / QUERIES.length).toFixed(2);
  console.log(`  SQL statements per API request: ${statementsPerRequest}`);
  await admin.end();

  const runs = [];
  for (const connections of CONCURRENCY) {
    const targets = [apiTarget(api.url, session.token, connections), floorTarget(pool, statements)];
    for (const target of targets) {
      process.stdout.write(`  ${target.name.padEnd(5)} × ${String(connections).padStart(2)}: warm-up… `);
      for (const { q } of QUERIES) await target.run(q);
      process.stdout.write('measuring… ');
      const run = await measure(target, connections);
      runs.push(run);
      console.log(`${run.reqPerSec} req/s, p50 ${run.overall.p50} ms, p95 ${run.overall.p95} ms, p99 ${run.overall.p99} ms (load ${run.loadavgBefore[0]} → ${run.loadavgAfter[0]})`);
    }
    targets[0].close();
  }

  // searchCounts, unloaded: sequential requests through the API.
  const countsApi = apiTarget(api.url, session.token, 1, COUNTS_GQL, 'searchCounts');
  const countsLatency = {};
  for (const { q } of QUERIES) {
    const times = [];
    for (let i = 0; i < COUNTS_REQUESTS; i++) {
      const t = performance.now();
      await countsApi.run(q);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    countsLatency[q] = +percentile(times, 50).toFixed(1);
  }
  countsApi.close();
  console.log(`  searchCounts through the API, unloaded, p50 of ${COUNTS_REQUESTS} (ms): ${QUERIES.map(({ q }) => `${q} ${countsLatency[q]}`).join(', ')}`);

  // Plans of the first query of each class, for the record.
  const explain = async (q) => {
    const { sql, params } = statements.get(q);
    const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
    return rows.map((r) => r['QUERY PLAN']);
  };
  const explains = {};
  for (const cls of ['common', 'titles', 'documents', 'rare']) {
    const { q } = QUERIES.find((x) => x.class === cls);
    explains[q] = await explain(q);
  }
  await pool.end();

  // ---- report -------------------------------------------------------------------------
  const get = (target, c) => runs.find((r) => r.target === target && r.connections === c);
  const header = CONCURRENCY.flatMap((c) => [`API ×${c} p50/p95/p99`, `floor ×${c} p50/p95/p99`]);
  console.log(`\n| query | matches (thread/post/document) | hits | ${header.join(' | ')} |`);
  console.log(`|---|---:|---:|${header.map(() => '---:').join('|')}|`);
  const triple = (s) => `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.p99)}`;
  for (const { q } of QUERIES) {
    const m = matches[q];
    const cells = CONCURRENCY.flatMap((c) => [triple(get('api', c).perQuery[q]), triple(get('floor', c).perQuery[q])]);
    console.log(`| ${q} | ${m.THREAD ?? 0} / ${m.POST ?? 0} / ${m.DOCUMENT ?? 0} | ${correctness[q].hits} | ${cells.join(' | ')} |`);
  }
  const overall = CONCURRENCY.flatMap((c) => [triple(get('api', c).overall), triple(get('floor', c).overall)]);
  console.log(`| **all ${QUERIES.length} queries** | | | ${overall.map((x) => `**${x}**`).join(' | ')} |`);
  console.log(`| req/s | | | ${CONCURRENCY.flatMap((c) => [get('api', c).reqPerSec, get('floor', c).reqPerSec]).join(' | ')} |`);

  const goals = Object.fromEntries(
    CONCURRENCY.map((c) => {
      const p95 = get('api', c).overall.p95;
      return [`apiP95AtMost50msAt${c}`, { goal: '<= 50 ms', actual: p95, met: p95 <= 50 }];
    }),
  );
  for (const [name, g] of Object.entries(goals)) console.log(`${name}: ${g.actual} ms (${g.met ? 'MET' : 'NOT MET'})`);

  const out = writeResult(RESULT, {
    generatedAt: new Date().toISOString(),
    command: `${PG_SETTINGS.length ? `PG_SETTINGS="${PG_SETTINGS.join(' ')}" ` : ''}node bench/search/search.mjs`,
    label: process.env.LABEL ?? null,
    git,
    machine: info,
    uptimeAfter: execSync('uptime').toString().trim(),
    settings: { CONCURRENCY, REQUESTS_PER_QUERY, POOL_SIZE, FIRST, PG_SETTINGS, apiEnv: 'NODE_ENV=production LOG_LEVEL=warn' },
    data: { forum: state.counts, documents: state.search.documents },
    graphql: GQL,
    floorSqlExample: { query: QUERIES[0].q, ...statements.get(QUERIES[0].q) },
    queries: QUERIES.map(({ q, class: cls }) => ({ q, class: cls, matches: matches[q], ...correctness[q] })),
    correctness: { allIdentical },
    statementsPerApiRequest: statementsPerRequest,
    searchCountsUnloadedP50Ms: countsLatency,
    apiStatements,
    goals,
    runs,
    explain: explains,
  });
  console.log(`Wrote ${out}`);
}

runMain(main, { deadlineMs: 30 * 60_000 });
