// API tests. Unit specs sit beside the code in libs/; integration specs in
// apps/api/test boot the real Nest app against real PostgreSQL and S3-compatible
// servers (embedded by default, or TEST_DATABASE_URL / TEST_S3_ENDPOINT).
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [path]]) => [`^${alias}$`, `<rootDir>/${path.replace(/^\.\//, '')}`]),
);
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] };

module.exports = {
  // A global option (ignored inside `projects`): integration specs boot apps and build scenarios.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/libs/api/**/*.spec.ts', '<rootDir>/libs/shared/**/*.spec.ts'],
      moduleNameMapper,
      transform,
    },
    {
      displayName: 'integration',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/api/test/**/*.int-spec.ts'],
      moduleNameMapper,
      transform,
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.mjs',
      slowTestThreshold: 20,
    },
  ],
};
