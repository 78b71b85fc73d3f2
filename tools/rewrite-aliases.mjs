// Rewrites the workspace path aliases (tsconfig.base.json "paths") in compiled
// JavaScript to relative requires, so `node dist/...` runs without a resolver hook.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export function rewriteAliases(outDir, root = process.cwd()) {
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
  const targets = new Map(
    Object.entries(compilerOptions.paths).map(([alias, [path]]) => [alias, resolve(outDir, path.replace(/\.ts$/, '.js'))]),
  );
  const pattern = /(require\(|from )(["'])(@community-hub\/[a-z0-9-]+)\2/g;
  let files = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.js')) {
        const source = readFileSync(path, 'utf8');
        const rewritten = source.replace(pattern, (match, prefix, quote, alias) => {
          const target = targets.get(alias);
          if (!target) throw new Error(`${path}: unknown workspace alias ${alias}`);
          let rel = relative(dirname(path), target).replace(/\\/g, '/').replace(/\.js$/, '');
          if (!rel.startsWith('.')) rel = `./${rel}`;
          return `${prefix}${quote}${rel}${quote}`;
        });
        if (rewritten !== source) {
          writeFileSync(path, rewritten);
          files++;
        }
      }
    }
  };
  walk(outDir);
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`rewrote aliases in ${rewriteAliases(process.argv[2] ?? 'dist/api')} files`);
}
