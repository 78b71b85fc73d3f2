import { createHash } from 'node:crypto';
import { rolldown } from 'rolldown';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * Writes /sw.js with the production build (not in development, where no worker is registered):
 * src/service-worker/sw.ts bundled on its own, given this build's version (a hash of every output
 * file's name, so any change to the app makes a new worker) and the first page's files (the entry
 * chunk, what it imports statically, and their CSS) to cache when it installs.
 */
export function serviceWorker(options: { entry: string }): Plugin {
  return {
    name: 'community-hub:service-worker',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const precache = firstPageFiles(bundle);
      const names = Object.keys(bundle).sort();
      const html = bundle['index.html'];
      const version = createHash('sha256')
        .update(names.join('\n'))
        .update(html && html.type === 'asset' ? String(html.source) : '')
        .digest('hex')
        .slice(0, 16);
      const build = await rolldown({
        input: options.entry,
        platform: 'browser',
        transform: { define: { __SW_BUILD__: JSON.stringify({ version, precache }) } },
      });
      try {
        const { output } = await build.generate({ format: 'iife', minify: true });
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: output[0].code });
      } finally {
        await build.close();
      }
    },
  };
}

/** The entry chunk, everything it imports statically, and their CSS, as absolute URLs. */
function firstPageFiles(bundle: OutputBundle): string[] {
  const files = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (!chunk || chunk.type !== 'chunk' || files.has(`/${fileName}`)) return;
    files.add(`/${fileName}`);
    for (const css of (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) files.add(`/${css}`);
    chunk.imports.forEach(visit);
  };
  for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName);
  return [...files].sort();
}
