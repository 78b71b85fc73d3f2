// Writes schema.gql from the code-first resolvers: boots the built API once on
// scratch embedded services, prints its schema (sorted) and stops.
// `npm test` fails when the committed schema.gql differs from this output.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = process.argv.includes('--check');
execSync('node tools/build.mjs api', { stdio: check ? 'ignore' : 'inherit' });
const require = createRequire(import.meta.url);
const { printSchema, lexicographicSortSchema } = require('graphql');
const { GraphQLSchemaHost } = require('@nestjs/graphql');
const { loadConfig } = require('../dist/api/libs/api/config/src/index.js');
const { startInfrastructure } = require('../dist/api/apps/api/src/infrastructure.js');
const { createApp } = require('../dist/api/apps/api/src/create-app.js');

const dataDir = mkdtempSync(join(tmpdir(), 'ch-schema-'));
const config = loadConfig({ DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'error' });
const infrastructure = await startInfrastructure(config);
let app;
let status = 0;
try {
  app = await createApp({ config, databaseUrl: infrastructure.databaseUrl, storage: infrastructure.storage, quiet: true });
  const sdl = printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
  const header = '# Generated from the code-first resolvers by `npm run schema`. Do not edit by hand.\n\n';
  const committed = (() => { try { return readFileSync('schema.gql', 'utf8'); } catch { return ''; } })();
  if (check) {
    if (committed !== header + sdl) {
      console.error('schema.gql is stale: run `npm run schema` and commit the result (and `npm run codegen` for the web client).');
      status = 1;
    } else console.log('schema.gql is up to date');
  } else {
    writeFileSync('schema.gql', header + sdl);
    console.log(`Wrote schema.gql (${sdl.split('\n').length} lines)`);
  }
} finally {
  await app?.close();
  await infrastructure.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
