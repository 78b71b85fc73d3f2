/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type BuildEnvironmentOptions } from 'vite';
import { graphqlDocuments } from './graphql-documents-plugin.ts';
import { serviceWorker } from './service-worker-plugin.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fromRoot = (path: string) => `${repoRoot}${path}`;
const api = 'http://localhost:3000';

// Keep in step with "paths" in apps/web/tsconfig.json.
const libraries: Record<string, string> = {
  '@community-hub/web-graphql': 'libs/web/graphql/src/index.ts',
  '@community-hub/web-ui': 'libs/web/ui/src/index.ts',
  '@community-hub/web-accounts': 'libs/web/accounts/src/index.ts',
  '@community-hub/web-networks': 'libs/web/networks/src/index.ts',
  '@community-hub/web-explorer': 'libs/web/explorer/src/index.ts',
  '@community-hub/web-forum': 'libs/web/forum/src/index.ts',
  '@community-hub/web-library': 'libs/web/library/src/index.ts',
  '@community-hub/web-search': 'libs/web/search/src/index.ts',
  '@community-hub/web-statements': 'libs/web/statements/src/index.ts',
  '@community-hub/web-consortia': 'libs/web/consortia/src/index.ts',
  '@community-hub/web-events': 'libs/web/events/src/index.ts',
  '@community-hub/web-notifications': 'libs/web/notifications/src/index.ts',
  '@community-hub/web-home': 'libs/web/home/src/index.ts',
  '@community-hub/web-moderation': 'libs/web/moderation/src/index.ts',
  '@community-hub/web-testing': 'libs/web/testing/src/index.ts',
  '@community-hub/shared-validation': 'libs/shared/validation/src/index.ts',
};

// GraphiQL ships React Compiler output with a "use no memo" directive; harmless once bundled.
const onLog: NonNullable<NonNullable<BuildEnvironmentOptions['rolldownOptions']>['onLog']> = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
  handler(level, log);
};

const ssrBuild: BuildEnvironmentOptions = {
  outDir: fromRoot('dist/web-server'),
  emptyOutDir: true,
  copyPublicDir: false,
  sourcemap: false,
  rolldownOptions: {
    output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
    onLog,
  },
};

export default defineConfig(({ isSsrBuild }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    // Each page's GraphQL documents go with its code, not all in the first chunk.
    graphqlDocuments({
      gqlFile: fromRoot('libs/web/graphql/src/generated/gql.ts'),
      graphqlFile: fromRoot('libs/web/graphql/src/generated/graphql.ts'),
      include: (id) => /\/(?:libs\/web|apps\/web\/src)\/.*\.tsx?$/.test(id) && !id.includes('/generated/'),
    }),
    react(),
    // /sw.js: caches the shell and the hashed assets (never /graphql or /storage).
    serviceWorker({ entry: fromRoot('apps/web/src/service-worker/sw.ts') }),
  ],
  resolve: {
    alias: [
      { find: '@community-hub/web-ui/styles.css', replacement: fromRoot('libs/web/ui/src/styles.css') },
      ...Object.entries(libraries).map(([name, path]) => ({
        find: new RegExp(`^${name.replace(/[/-]/g, '\\$&')}$`),
        replacement: fromRoot(path),
      })),
    ],
  },
  // `vite build --ssr`: the page renderer the API runs (src/server/render-page.tsx), one CommonJS file with
  // everything it uses inside, so the API requires it whatever its node_modules hold.
  ssr: { noExternal: true, target: 'node' },
  // React's production build on the server too, whatever NODE_ENV the API runs with.
  define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  build: isSsrBuild ? ssrBuild : {
    outDir: fromRoot('dist/web'),
    // .vite/manifest.json: tools/build.mjs reads it to preload each first page's own chunks, then removes it.
    manifest: true,
    emptyOutDir: true,
    // No source maps: this build is what production serves (the API also refuses *.map there).
    sourcemap: false,
    // The lazily loaded GraphQL explorer (GraphiQL + CodeMirror) is one ~750 kB
    // chunk by design; the main chunk stays far below this.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      treeshake: {
        // Our libraries' modules do nothing when imported (only their index.ts imports CSS), so what a
        // lazily loaded page alone uses stays out of the first page even when an index.ts re-exports it.
        moduleSideEffects: (id) => (/\/libs\/web\/[^?]*\/src\/(?!index\.ts$)[^/?]*\.tsx?$/.test(id) ? false : undefined),
      },
      onLog,
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/storage': api,
      '/auth': api,
      '/calendar': api,
      '/security-log': api,
      '/moderation': api,
      '/library-imports': api,
      '/health': api,
    },
  },
  preview: { port: 4173 },
  test: {
    root: repoRoot,
    environment: 'jsdom',
    globals: true,
    include: ['apps/web/**/*.spec.ts', 'apps/web/**/*.spec.tsx', 'libs/web/**/*.spec.ts', 'libs/web/**/*.spec.tsx'],
    setupFiles: [fromRoot('libs/web/testing/src/setup.ts'), fromRoot('apps/web/src/test-setup.ts')],
    css: false,
    restoreMocks: true,
  },
}));
