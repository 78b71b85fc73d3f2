#!/usr/bin/env node
// Interleaved A/B of two (or more) builds of the API on the thread list: every build
// runs at once against the benchmark cluster, and the loads alternate between them,
// so a drift in the machine's speed hits each build alike. Reports req/s, latency
// and the API process's CPU per request.
//
//   node tools/build.mjs api && cp -r dist/api /work/main/dist-variants/A   # before a change
//   node tools/build.mjs api && cp -r dist/api /work/main/dist-variants/B   # after it
//   VARIANTS="dist-variants/A dist-variants/B" node bench/forum/ab.mjs
//
// The builds must live inside the repository (they load its node_modules). A variant may
// add node flags or API settings after an @, comma-separated, e.g. "dist-variants/A@--max-semi-space-size=64"
// or "dist-variants/A@DATABASE_POOL_SIZE=20".
// Env: VARIANTS (required), ROUNDS (3), DURATION (8 s, after a 3 s warm-up), CONNECTIONS (50), QUERY.
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { cpuSecondsOfTree, login, readState, REPO, runMain, startApi, startPostgres } from './lib.mjs';

const VARIANTS = (process.env.VARIANTS ?? '').split(' ').filter(Boolean);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const DURATION = Number(process.env.DURATION ?? 8);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const QUERY =
  process.env.QUERY ??
  `query ThreadList($slug: String!) { network(slug: $slug) { threads(first: 25) {
      edges { cursor node { id title tags postCount lastActivityAt pinned locked unreadCount author { id name } lastPoster { id name } } }
      pageInfo { endCursor hasNextPage } } } }`;

/** "dir@--flag,NAME=value" → the build's main, node flags and environment. */
function parseVariant(variant) {
  const [dir, extra = ''] = variant.split('@');
  const parts = extra.split(',').filter(Boolean);
  return {
    main: resolve(REPO, dir, 'apps/api/src/main.js'),
    nodeArgs: parts.filter((p) => p.startsWith('--')),
    env: Object.fromEntries(parts.filter((p) => !p.startsWith('--')).map((p) => p.split('='))),
  };
}

runMain(async () => {
  if (VARIANTS.length < 2) throw new Error('VARIANTS="dist-variants/A dist-variants/B": two or more builds of dist/api');
  const state = readState();
  const db = await startPostgres();
  const apis = [];
  for (const variant of VARIANTS) {
    const { main, nodeArgs, env } = parseVariant(variant);
    apis.push(await startApi({ databaseUrl: db.url, main, nodeArgs, env: { DATABASE_POOL_SIZE: '10', ...env } }));
  }
  // Each build signs in on its own: since server-side sessions, a token names a session of the build that made it.
  for (const api of apis) {
    const session = await login(api.url, state.benchUser.email, state.benchUser.password);
    api.headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
  }
  const body = JSON.stringify({ query: QUERY, variables: { slug: state.slug } });
  const answers = new Set();
  for (const api of apis) {
    const text = await (await fetch(api.url, { method: 'POST', headers: api.headers, body })).text();
    if (text.includes('"errors"')) throw new Error(`${api.url}: ${text.slice(0, 500)}`);
    answers.add(text);
  }
  console.log(answers.size === 1 ? 'All builds return the same response.' : 'WARNING: the builds return different responses.');
  const totals = VARIANTS.map(() => ({ reqPerSec: 0, cpu: 0 }));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [i, api] of apis.entries()) {
      const load = (duration) => autocannon({ url: api.url, method: 'POST', connections: CONNECTIONS, duration, headers: api.headers, body });
      await load(3);
      const before = cpuSecondsOfTree(api.pid);
      const r = await load(DURATION);
      const cpuMs = ((cpuSecondsOfTree(api.pid) - before) * 1000) / r.requests.total;
      totals[i].reqPerSec += r.requests.average / ROUNDS;
      totals[i].cpu += cpuMs / ROUNDS;
      console.log(
        `round ${round}  ${VARIANTS[i].padEnd(32)} ${String(Math.round(r.requests.average)).padStart(5)} req/s  p50 ${r.latency.p50} ms  p99 ${String(r.latency.p99).padStart(4)} ms  API CPU ${cpuMs.toFixed(2)} ms/request  errors ${r.errors + r.non2xx}`,
      );
    }
  }
  for (const [i, variant] of VARIANTS.entries()) {
    console.log(`mean      ${variant.padEnd(32)} ${String(Math.round(totals[i].reqPerSec)).padStart(5)} req/s  API CPU ${totals[i].cpu.toFixed(2)} ms/request`);
  }
});
