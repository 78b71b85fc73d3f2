// Browser journeys against the real server and the built web client.
// Run from the repo root: node_modules/.bin/jest --config e2e/jest.config.cjs
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  rootDir: path.resolve(__dirname, '..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { isolatedModules: true, tsconfig: path.join(__dirname, 'tsconfig.json') },
    ],
    // otplib's ESM-only plugins, compiled to CommonJS for Jest (the two-factor journey computes codes).
    '/node_modules/(@noble|@scure)/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true, module: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@noble|@scure)/)'],
  moduleFileExtensions: ['ts', 'js', 'cjs', 'json'],
  globalSetup: '<rootDir>/e2e/support/global-setup.cjs',
  globalTeardown: '<rootDir>/e2e/support/global-teardown.cjs',
  testTimeout: 60000,
  maxWorkers: 1,
  // Keep Jest away from build output and embedded data directories.
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tmp/', '<rootDir>/data/'],
  watchPathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tmp/', '<rootDir>/data/'],
};
