// How fast the API refuses requests that would make it do unbounded work.
// Starts the built API (dist/api) on embedded PostgreSQL + S3 in a temporary
// DATA_DIR, sends each hostile request ROUNDS times one after another (after a
// warm-up), and reports p50 / p95 / p99 / max latency as seen by the client.
// Usage: node tools/build.mjs api && node bench/limits/refusal-latency.mjs
// Results: bench/limits/results/refusal-latency.json
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROUNDS = Number(process.env.ROUNDS ?? 200);
const WARMUP = 20;

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const aliases = (n, field = '__typename') => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
const CASES = [
  ['baseline: { __typename } (accepted)', { query: '{ __typename }' }],
  ['31 aliases of organisations(first: 1)', { query: `{ ${aliases(31, 'organisations(first: 1) { totalCount }')} }` }],
  ['10,000 aliases in one document (parser token limit)', { query: `{ ${aliases(10_000)} }` }],
  ['2,000 repeated directives', { query: `{ __typename ${'@include(if: true) '.repeat(2000)} }` }],
  ['depth 18 (limit 10)', { query: `{ networks { ${'myMembership { network { '.repeat(8)} id ${'} } '.repeat(8)} } }` }],
  ['cost 10,000+ rows (complexity limit)', { query: '{ networks { members(first: 100) { nodes { network { members(first: 100) { nodes { id } } } } } } }' }],
  ['fragment cycle', { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }],
  ['batch of 100 operations', Array.from({ length: 100 }, () => ({ query: '{ organisations(first: 100) { totalCount } }' }))],
  ['1.1 MB body (request size limit)', { query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } }],
];

const dataDir = mkdtempSync(join(tmpdir(), 'bench-limits-'));
const port = await freePort();
const child = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
  env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, PORT: String(port), DEMO_DATA: 'false', LOG_LEVEL: 'error', NODE_ENV: 'production', AUTH_SECRET: 'bench-secret-0123456789abcdef0123456789', PUBLIC_URL: `http://127.0.0.1:${port}` },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));
const deadline = Date.now() + 60_000;
while (!output.includes('Community Hub is running')) {
  if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the API did not start: ${output}`);
  await new Promise((r) => setTimeout(r, 100));
}
const url = `http://127.0.0.1:${port}/graphql`;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const results = [];
try {
  for (const [name, body] of CASES) {
    const payload = JSON.stringify(body);
    const times = [];
    let status = 0;
    let code = '';
    for (let i = 0; i < WARMUP + ROUNDS; i++) {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
      const json = await response.json();
      const ms = performance.now() - started;
      if (i >= WARMUP) times.push(ms);
      status = response.status;
      code = (Array.isArray(json) ? json[0]?.errors?.[0] : json.errors?.[0])?.extensions?.code ?? (json.errors ? '?' : 'ok');
    }
    times.sort((a, b) => a - b);
    const row = {
      name,
      status,
      code,
      bytes: payload.length,
      p50: +percentile(times, 50).toFixed(2),
      p95: +percentile(times, 95).toFixed(2),
      p99: +percentile(times, 99).toFixed(2),
      max: +times.at(-1).toFixed(2),
    };
    results.push(row);
    console.log(`${name}: HTTP ${status} ${code}, p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms, max ${row.max} ms`);
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
mkdirSync('bench/limits/results', { recursive: true });
writeFileSync('bench/limits/results/refusal-latency.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), rounds: ROUNDS, results }, null, 2)}\n`);
console.log('\n| request | answer | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${r.status} ${r.code} | ${r.p50} ms | ${r.p95} ms | ${r.p99} ms | ${r.max} ms |`);
