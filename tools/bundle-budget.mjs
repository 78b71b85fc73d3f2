// The first page's JavaScript budget, for index.html and each first page's own variant
// (dist/web/first-pages/*.html): sums the brotli-compressed size of the scripts a first
// visit loads before anything shows (index.html's module scripts, its modulepreloads and
// everything they import statically; lazy chunks behind `import()` do not count) and fails
// above the budget. Usage: node tools/bundle-budget.mjs [dist/web] [budget KB, default 200] [first pages KB, default: the same]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

const dir = process.argv[2] ?? 'dist/web';
const budget = Number(process.argv[3] ?? 200) * 1000;
// The first pages' own HTML (apps/web/first-pages.json); their limit may be higher, should they preload their chunks.
const pageBudget = Number(process.argv[4] ?? process.argv[3] ?? 200) * 1000;

/** Static imports of a built chunk: `import ... from "./x.js"` and `import "./x.js"`, not `import("./x.js")`. */
function staticImports(code) {
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)].map((m) => m[1]);
}

/** The scripts a page's HTML loads before anything shows, with their raw and brotli sizes. */
function firstPageScripts(htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const entries = [
    ...[...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
  ];
  if (!entries.length) {
    console.error(`bundle budget: no module script in ${htmlFile}`);
    process.exit(1);
  }
  const seen = new Map();
  const queue = entries.map((src) => posix.normalize(src));
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    const file = join(dir, url);
    if (!existsSync(file)) {
      console.error(`bundle budget: ${url} is referenced by ${htmlFile} but missing`);
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
  return seen;
}

const kb = (n) => (n / 1000).toFixed(1);
const sum = (scripts, key) => [...scripts.values()].reduce((total, size) => total + size[key], 0);

const index = firstPageScripts(join(dir, 'index.html'));
for (const [url, size] of [...index].sort((a, b) => b[1].compressed - a[1].compressed)) {
  console.log(`  ${url.padEnd(48)} ${String(size.raw).padStart(9)} B  ${String(size.compressed).padStart(8)} B br`);
}
// The first pages' own HTML (apps/web/first-pages.json): the same scripts as index.html unless a page preloads more.
const pages = [['first page (index.html)', index]];
const variants = join(dir, 'first-pages');
if (existsSync(variants)) {
  for (const name of readdirSync(variants).filter((file) => file.endsWith('.html')).sort()) {
    pages.push([`first-pages/${name}`, firstPageScripts(join(variants, name))]);
  }
}
let over = 0;
for (const [name, scripts] of pages) {
  const total = sum(scripts, 'compressed');
  const limit = scripts === index ? budget : pageBudget;
  if (total > limit) over++;
  console.log(`${name}: ${scripts.size} files, ${kb(sum(scripts, 'raw'))} KB raw, ${kb(total)} KB brotli; ${total <= limit ? 'within' : 'OVER'} the ${kb(limit)} KB budget`);
}
process.exit(over ? 1 : 0);
