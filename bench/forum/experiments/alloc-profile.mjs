// Where the API allocates under load: V8's sampling heap profiler (collected objects
// included, so it sees garbage, not only what stays) over 5 s of autocannon (50
// connections, after 3 s of warm-up), summed by allocating function. Needs generate.mjs
// and a built API.
//
//   node bench/forum/experiments/alloc-profile.mjs      # the thread list; Q='{ __typename }' for another query
//   MAIN=/work/main/dist-variants/B/apps/api/src/main.js node bench/forum/experiments/alloc-profile.mjs
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { BENCH_DIR, login, readState, runMain, sleep, startApi, startPostgres } from '../lib.mjs';

const THREAD_LIST = `query ThreadList($slug: String!) { network(slug: $slug) { threads(first: 25) {
  edges { cursor node { id title tags postCount lastActivityAt pinned locked unreadCount author { id name } lastPoster { id name } } }
  pageInfo { endCursor hasNextPage } } } }`;

function summarise(profile, requests, top = 25) {
  const bySite = new Map();
  let total = 0;
  const walk = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const site = `${functionName || '(anonymous)'} ${url.replace(/.*node_modules\//, '').replace(/.*dist\/api\//, '')}:${lineNumber}`;
    if (node.selfSize) {
      bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
      total += node.selfSize;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(profile.head);
  console.log(`${requests} requests; ~${Math.round(total / 1024 / requests)} KB sampled per request. By allocating function:`);
  for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * bytes) / total).toFixed(1).padStart(6)}%  ${site}`);
  }
}

runMain(async () => {
  const state = readState();
  const dir = mkdtempSync(join(tmpdir(), 'alloc-profile-'));
  const db = await startPostgres();
  const api = await startApi({
    databaseUrl: db.url,
    main: process.env.MAIN,
    env: { DATABASE_POOL_SIZE: '10', HEAP_SAMPLER_DIR: dir },
    nodeArgs: ['--max-semi-space-size=32', `--require=${join(BENCH_DIR, 'experiments/heap-sampler.cjs')}`],
  });
  const session = await login(api.url, state.benchUser.email, state.benchUser.password);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
  const body = JSON.stringify({ query: process.env.Q ?? THREAD_LIST, variables: { slug: state.slug } });
  await autocannon({ url: api.url, method: 'POST', connections: 50, duration: 3, headers, body });
  writeFileSync(join(dir, 'start'), '');
  await sleep(300);
  const r = await autocannon({ url: api.url, method: 'POST', connections: 50, duration: 5, headers, body });
  writeFileSync(join(dir, 'stop'), '');
  for (let i = 0; i < 50; i++) {
    await sleep(200);
    try {
      summarise(JSON.parse(readFileSync(join(dir, 'alloc.heapprofile'), 'utf8')), r.requests.total);
      return;
    } catch {
      // not written yet
    }
  }
  throw new Error('the API did not write its heap profile');
});
