// System calls per thread-list request in the API under load: strace -c on the API
// process for 5 s of autocannon (50 connections) after a 3 s warm-up. strace slows the
// API several times over, so only the counts per request mean anything, not the times.
// Needs generate.mjs, a built API and strace (Debian package).
//
//   node bench/forum/experiments/syscalls-probe.mjs     # Q='{ __typename }' for another query
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { runMain, startSignedInApi } from '../lib.mjs';

runMain(async () => {
  const { api, headers, body } = await startSignedInApi({ query: process.env.Q });
  const load = (duration) => autocannon({ url: api.url, method: 'POST', connections: 50, duration, headers, body });
  await load(3);
  const strace = spawn('strace', ['-c', '-f', '-p', String(api.pid)], { stdio: ['ignore', 'inherit', 'inherit'] });
  await new Promise((r) => setTimeout(r, 500));
  const r = await load(5);
  strace.kill('SIGINT');
  await new Promise((r) => strace.on('exit', r));
  console.log('requests', r.requests.total);
});
