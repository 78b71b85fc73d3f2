#!/usr/bin/env node
// Where the thread list's time goes in the API: the same load (autocannon, 50
// connections) on smaller and smaller parts of the query, one API process, with
// the CPU the API process uses per request. Needs generate.mjs and a built API.
//
//   node bench/forum/query-shapes.mjs          # results/query-shapes.json
//
// Env: CONNECTIONS (50), WARMUP (4 s), DURATION (10 s), ROUNDS (2), API_NODE_ARGS (extra node flags).
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { login, machine, readState, runMain, startApi, startPostgres, writeResult } from './lib.mjs';

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const WARMUP = Number(process.env.WARMUP ?? 4);
const DURATION = Number(process.env.DURATION ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const API_NODE_ARGS = (process.env.API_NODE_ARGS ?? '').split(' ').filter(Boolean);

const SHAPES = [
  { name: 'no data: { __typename }', query: '{ __typename }' },
  { name: 'the network only', query: 'query($slug: String!) { network(slug: $slug) { id name } }' },
  { name: 'the list, nothing of it shown', query: 'query($slug: String!) { network(slug: $slug) { threads(first: 25) { pageInfo { hasNextPage } } } }' },
  {
    name: 'the full thread list (as thread-list.mjs)',
    query: `query ThreadList($slug: String!) { network(slug: $slug) { threads(first: 25) {
      edges { cursor node { id title tags postCount lastActivityAt pinned locked unreadCount author { id name } lastPoster { id name } } }
      pageInfo { endCursor hasNextPage } } } }`,
  },
];

function cpuSecondsOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

runMain(async () => {
  const state = readState();
  const db = await startPostgres();
  const api = await startApi({ databaseUrl: db.url, nodeArgs: API_NODE_ARGS, env: { DATABASE_POOL_SIZE: '10' } });
  const session = await login(api.url, state.benchUser.email, state.benchUser.password);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
  const rows = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const shape of SHAPES) {
      const body = JSON.stringify({ query: shape.query, variables: { slug: state.slug } });
      const check = await (await fetch(api.url, { method: 'POST', headers, body })).json();
      if (check.errors) throw new Error(`${shape.name}: ${JSON.stringify(check.errors)}`);
      const load = (duration) => autocannon({ url: api.url, method: 'POST', connections: CONNECTIONS, duration, headers, body });
      await load(WARMUP);
      const before = cpuSecondsOf(api.pid);
      const r = await load(DURATION);
      const cpuMs = ((cpuSecondsOf(api.pid) - before) * 1000) / r.requests.total;
      const row = { round, shape: shape.name, reqPerSec: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, apiCpuMsPerRequest: +cpuMs.toFixed(2), errors: r.errors + r.non2xx };
      rows.push(row);
      console.log(`round ${round}  ${shape.name.padEnd(44)} ${String(row.reqPerSec).padStart(5)} req/s  p99 ${String(row.p99).padStart(4)} ms  API CPU ${row.apiCpuMsPerRequest} ms/request  errors ${row.errors}`);
    }
  }
  const out = writeResult('query-shapes.json', { generatedAt: new Date().toISOString(), machine: machine(), settings: { CONNECTIONS, WARMUP, DURATION, ROUNDS, API_NODE_ARGS }, shapes: SHAPES, rows });
  console.log(`Wrote ${out}`);
}, { deadlineMs: 10 * 60_000 });
