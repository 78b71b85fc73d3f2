// How much the API allocates per request under load: the young generation's
// scavenges under --trace-gc during 8 s of autocannon (50 connections, after 3 s of
// warm-up), memory they freed divided by requests served. Needs generate.mjs and a built API.
//
//   node bench/forum/experiments/gc-rate.mjs            # the thread list, as thread-list.mjs asks for it
//   Q='{ __typename }' node bench/forum/experiments/gc-rate.mjs
//   MAIN=/work/main/dist-variants/B/apps/api/src/main.js node bench/forum/experiments/gc-rate.mjs   # another build
import autocannon from 'autocannon';
import { runMain, startSignedInApi } from '../lib.mjs';

runMain(async () => {
  const lines = [];
  const origWrite = process.stderr.write.bind(process.stderr);
  const { api, headers, body } = await startSignedInApi({
    query: process.env.Q,
    main: process.env.MAIN,
    nodeArgs: ['--max-semi-space-size=32', '--trace-gc'],
    quiet: false,
  });
  await autocannon({ url: api.url, method: 'POST', connections: 50, duration: 3, headers, body });
  process.stderr.write = (d) => { lines.push(String(d)); return true; };
  const r = await autocannon({ url: api.url, method: 'POST', connections: 50, duration: 8, headers, body });
  process.stderr.write = origWrite;
  const text = lines.join('');
  const scavenges = [...text.matchAll(/Scavenge[^\n]*?([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB/g)];
  let freed = 0; for (const m of scavenges) freed += Number(m[1]) - Number(m[3]);
  const marks = (text.match(/Mark-Compact|Mark-sweep/g) ?? []).length;
  console.log(`requests ${r.requests.total}, scavenges ${scavenges.length}, mark-compacts ${marks}, MB freed by scavenges ${freed.toFixed(0)}, KB per request ~${((freed * 1024) / r.requests.total).toFixed(1)}`);
});
