// The first page's JavaScript budget: sums the brotli-compressed size of the scripts a first
// visit loads before anything shows (index.html's module scripts, its modulepreloads and
// everything they import statically; lazy chunks behind `import()` do not count) and fails
// above the budget. Usage: node tools/bundle-budget.mjs [dist/web] [budget KB, default 200]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

const dir = process.argv[2] ?? 'dist/web';
const budget = Number(process.argv[3] ?? 200) * 1000;
const html = readFileSync(join(dir, 'index.html'), 'utf8');

const entries = [
  ...[...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
  ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
];
if (!entries.length) {
  console.error(`bundle budget: no module script in ${join(dir, 'index.html')}`);
  process.exit(1);
}

/** Static imports of a built chunk: `import ... from "./x.js"` and `import "./x.js"`, not `import("./x.js")`. */
function staticImports(code) {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]);
}

const seen = new Map();
const queue = entries.map((src) => posix.normalize(src));
while (queue.length) {
  const url = queue.shift();
  if (seen.has(url)) continue;
  const file = join(dir, url);
  if (!existsSync(file)) {
    console.error(`bundle budget: ${url} is referenced but missing`);
    process.exit(1);
  }
  const code = readFileSync(file);
  // What the server sends: the build's .br beside the file (tools/build.mjs), or the file itself when
  // compressing would not make it smaller (the build then writes no .br; tiny chunks).
  const compressed = existsSync(`${file}.br`) ? readFileSync(`${file}.br`).length : code.length;
  seen.set(url, { raw: code.length, compressed });
  for (const spec of staticImports(code.toString('utf8'))) {
    if (spec.startsWith('.') || spec.startsWith('/')) queue.push(posix.normalize(spec.startsWith('/') ? spec : posix.join(dirname(url), spec)));
  }
}

let raw = 0;
let total = 0;
for (const [url, size] of [...seen].sort((a, b) => b[1].compressed - a[1].compressed)) {
  raw += size.raw;
  total += size.compressed;
  console.log(`  ${url.padEnd(48)} ${String(size.raw).padStart(9)} B  ${String(size.compressed).padStart(8)} B br`);
}
const kb = (n) => (n / 1000).toFixed(1);
const verdict = total <= budget ? 'within' : 'OVER';
console.log(`first page JavaScript: ${seen.size} files, ${kb(raw)} KB raw, ${kb(total)} KB brotli; ${verdict} the ${kb(budget)} KB budget`);
process.exit(total <= budget ? 0 : 1);
