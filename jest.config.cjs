// API tests. Unit specs sit beside the code in libs/; integration specs in
// apps/api/test boot the real Nest app against real PostgreSQL and S3-compatible
// servers (embedded by default, or TEST_DATABASE_URL / TEST_S3_ENDPOINT); medium
// specs there call the app's services directly on the same servers.
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [path]]) => [`^${alias}$`, `<rootDir>/${path.replace(/^\.\//, '')}`]),
);
// otplib's crypto and base32 plugins (@noble/hashes, @scure/base) are ESM-only: compiled to CommonJS for Jest
// (Node 20.19+ itself loads them through require(esm)).
const ESM_ONLY = ['@noble', '@scure'];
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true, module: 'commonjs' } }],
};
const transformIgnorePatterns = [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`];

module.exports = {
  // A global option (ignored inside `projects`): integration specs boot apps and build scenarios.
  testTimeout: 60000,
  // Integration suites spend much of their time waiting on PostgreSQL, S3 and sockets, and each has its
  // own database: two at once on a 2-core machine ran the API suites in 478 s instead of 1158 s
  // (2026-12-07). Jest's own default there is one worker (cores - 1).
  maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/libs/api/**/*.spec.ts', '<rootDir>/libs/shared/**/*.spec.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'integration',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.mjs',
      slowTestThreshold: 20,
    },
    {
      // Services against real PostgreSQL without HTTP (apps/api/test/support/medium.ts); same servers as the integration specs.
      displayName: 'medium',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/api/test/**/*.medium-spec.ts'],
      moduleNameMapper,
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.mjs',
      slowTestThreshold: 10,
    },
  ],
};
