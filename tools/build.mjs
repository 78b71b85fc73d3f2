// Builds what `npm start` serves: the API (tsc into dist/api) and the web client
// (vite into dist/web). Skips a part whose sources are older than its last build.
// Usage: node tools/build.mjs [api|web]... (default: both)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rewriteAliases } from './rewrite-aliases.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const wanted = process.argv.slice(2);
const parts = wanted.length ? wanted : ['api', 'web'];
const force = process.env.FORCE_BUILD === '1';

function newestMtime(paths) {
  let newest = 0;
  const walk = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'node_modules' && name !== 'dist') walk(join(path, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(walk);
  return newest;
}

function upToDate(stamp, inputs) {
  return !force && existsSync(stamp) && statSync(stamp).mtimeMs >= newestMtime(inputs);
}

/**
 * Writes name.br and name.gz beside each text file of the web build, served instead of the file
 * when the browser accepts them (apps/api/src/http/precompressed-static.ts). Source maps are
 * left alone (fetched by developer tools only); a variant is kept only when it is smaller.
 */
function precompress(dir) {
  const text = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;
  const walk = (path) => {
    for (const name of readdirSync(path)) {
      const file = join(path, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (text.test(name)) {
        const body = readFileSync(file);
        const variants = {
          br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
          gz: gzipSync(body, { level: 9 }),
        };
        for (const [suffix, compressed] of Object.entries(variants)) {
          if (compressed.length < body.length) writeFileSync(`${file}.${suffix}`, compressed);
        }
      }
    }
  };
  walk(dir);
}

/**
 * For each page in apps/web/first-pages.json, writes dist/web/first-pages/<name>.html, the page the
 * server fills with that address's content (apps/api/src/http/server-render.ts): index.html with the
 * stylesheets of the page's own chunks added, every stylesheet first in the head, and no
 * modulepreloads. The page shows as soon as its HTML and styles are in; scripts only make it live,
 * and fetched (and compiled) ahead they held up its first paint: measured on a repeat visit at 4x
 * CPU, thread page 780 ms with index.html's preloads, 476 ms without; `preload as=script` instead
 * took about 1 s too (BENCHMARKS.md). Only visitors who are not signed in get these pages rendered.
 * dist/web/first-pages.json tells the server which address gets which file. Reads Vite's manifest,
 * then removes it (it is not for the browser).
 */
function writeFirstPages(dir) {
  const manifestFile = join(dir, '.vite', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const { pages } = JSON.parse(readFileSync('apps/web/first-pages.json', 'utf8'));
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const inIndex = new Set([...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]));
  const stylesheet = (file) => `    <link rel="stylesheet" crossorigin href="/${file}">\n`;
  const indexStyles = [...html.matchAll(/ *<link rel="stylesheet"[^>]*>\n/g)].map((m) => m[0]);
  const shell = [...indexStyles, ...html.matchAll(/ *<link rel="modulepreload"[^>]*>\n/g)].reduce((text, link) => text.replace(link, ''), html);
  mkdirSync(join(dir, 'first-pages'), { recursive: true });
  const table = [];
  for (const page of pages) {
    const seen = new Set();
    const styles = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk) throw new Error(`apps/web/first-pages.json: ${page.name}: ${key} is not in the build (is it imported with import()?)`);
      if (chunk.isEntry || seen.has(chunk.file)) return;
      seen.add(chunk.file);
      for (const css of chunk.css ?? []) styles.add(css);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    for (const module of page.modules) visit(`../../${module}`);
    const links = [...indexStyles, ...[...styles].filter((file) => !inIndex.has(file)).map(stylesheet)];
    const file = `/first-pages/${page.name}.html`;
    writeFileSync(join(dir, file), shell.replace('</title>\n', `</title>\n${links.join('')}`));
    table.push({ path: page.path, file });
  }
  writeFileSync(join(dir, 'first-pages.json'), `${JSON.stringify(table, null, 2)}\n`);
  rmSync(join(dir, '.vite'), { recursive: true, force: true });
}

const common = ['tsconfig.base.json', 'package-lock.json', 'libs/shared'];
if (parts.includes('api')) {
  const stamp = 'dist/api/.built';
  if (upToDate(stamp, [...common, 'apps/api/src', 'apps/api/tsconfig.app.json', 'libs/api'])) {
    console.log('api: up to date');
  } else {
    const started = Date.now();
    execFileSync(bin('tsc'), ['-p', 'apps/api/tsconfig.app.json'], { stdio: 'inherit' });
    rewriteAliases('dist/api');
    // Text the API reads at run time (the statements' default Markdown) goes beside the compiled code.
    cpSync('libs/api/statements/src/defaults', 'dist/api/libs/api/statements/src/defaults', { recursive: true });
    writeFileSync(stamp, new Date().toISOString());
    console.log(`api: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
if (parts.includes('web') && existsSync('apps/web/vite.config.ts')) {
  const stamp = 'dist/web/.built';
  if (upToDate(stamp, [...common, 'apps/web', 'libs/web'])) {
    console.log('web: up to date');
  } else {
    const started = Date.now();
    // A production build whoever calls it (Jest, which sets NODE_ENV=test, builds before the browser journeys).
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync(bin('vite'), ['build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit', env });
    // The renderer the API runs for the first pages' HTML (apps/api/src/http/server-render.ts); not served.
    execFileSync(bin('vite'), ['build', '--config', 'apps/web/vite.config.ts', '--ssr', 'src/server/render-page.tsx', '--logLevel', 'warn'], { stdio: 'inherit', env });
    writeFirstPages('dist/web');
    precompress('dist/web');
    writeFileSync(stamp, new Date().toISOString());
    console.log(`web: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
