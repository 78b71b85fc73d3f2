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
import { BENCH_DIR, runMain, sleep, startSignedInApi } from '../lib.mjs';

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
  const dir = mkdtempSync(join(tmpdir(), 'alloc-profile-'));
  const { api, headers, body } = await startSignedInApi({
    query: process.env.Q,
    main: process.env.MAIN,
    env: { HEAP_SAMPLER_DIR: dir },
    nodeArgs: ['--max-semi-space-size=32', `--require=${join(BENCH_DIR, 'experiments/heap-sampler.cjs')}`],
  });
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
