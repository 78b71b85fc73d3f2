#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from node --cpu-prof): self time by package and
// by function, so "where does the API's CPU go?" has a short answer.
//
//   node bench/forum/profile-summary.mjs bench/forum/results/prof/api-thread-list.cpuprofile
import { readFileSync } from 'node:fs';

function packageOf(url) {
  if (!url) return null;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node (core)';
  if (url.includes('/dist/api/')) {
    const m = url.match(/\/dist\/api\/(libs\/api\/[^/]+|apps\/api)/);
    return `app: ${m ? m[1] : 'dist/api'}`;
  }
  return url;
}

export function summariseProfile(file, top = 25) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  let total = 0;
  let idle = 0;
  const byPackage = new Map();
  const byFunction = new Map();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    total += us;
    if (functionName === '(idle)') {
      idle += us;
      continue;
    }
    const pkg = packageOf(url) ?? functionName; // (program), (garbage collector)
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\/api\//, 'dist/api/')}:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  const busy = total - idle;
  const rows = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), pctOfBusy: +((100 * us) / busy).toFixed(1) }));
  return {
    file,
    wallSeconds: +(total / 1e6).toFixed(1),
    busySeconds: +(busy / 1e6).toFixed(1),
    idlePct: +((100 * idle) / total).toFixed(1),
    byPackage: rows(byPackage),
    byFunction: rows(byFunction),
  };
}

if (process.argv[1]?.endsWith('profile-summary.mjs')) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node bench/forum/profile-summary.mjs <file.cpuprofile>');
    process.exit(2);
  }
  const s = summariseProfile(file, Number(process.argv[3] ?? 25));
  console.log(`${s.file}: ${s.wallSeconds} s sampled, ${s.busySeconds} s busy (${s.idlePct}% idle)`);
  console.log('\nSelf time by package:');
  for (const r of s.byPackage) console.log(`  ${String(r.pctOfBusy).padStart(5)}%  ${String(r.ms).padStart(6)} ms  ${r.name}`);
  console.log('\nSelf time by function:');
  for (const r of s.byFunction) console.log(`  ${String(r.pctOfBusy).padStart(5)}%  ${String(r.ms).padStart(6)} ms  ${r.name}`);
}
