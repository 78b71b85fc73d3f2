// How much the API allocates per request under load: the young generation's
// scavenges under --trace-gc during 8 s of autocannon (50 connections, after 3 s of
// warm-up), memory they freed divided by requests served. Needs generate.mjs and a built API.
//
//   node bench/forum/experiments/gc-rate.mjs            # the thread list, as thread-list.mjs asks for it
//   Q='{ __typename }' node bench/forum/experiments/gc-rate.mjs
//   MAIN=/work/main/dist-variants/B/apps/api/src/main.js node bench/forum/experiments/gc-rate.mjs   # another build
import autocannon from 'autocannon';
import { login, readState, runMain, startApi, startPostgres } from '../lib.mjs';

const THREAD_LIST = `query ThreadList($slug: String!) { network(slug: $slug) { threads(first: 25) {
  edges { cursor node { id title tags postCount lastActivityAt pinned locked unreadCount author { id name } lastPoster { id name } } }
  pageInfo { endCursor hasNextPage } } } }`;
runMain(async () => {
  const state = readState();
  const db = await startPostgres();
  const lines = [];
  const origWrite = process.stderr.write.bind(process.stderr);
  const api = await startApi({ databaseUrl: db.url, env: { DATABASE_POOL_SIZE: '10' }, nodeArgs: ['--max-semi-space-size=32', '--trace-gc'], quiet: false, main: process.env.MAIN });
  const session = await login(api.url, state.benchUser.email, state.benchUser.password);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
  const body = JSON.stringify({ query: process.env.Q ?? THREAD_LIST, variables: { slug: state.slug } });
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
