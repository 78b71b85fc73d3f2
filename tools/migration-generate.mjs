// Writes a TypeORM migration with the SQL that brings the schema from "all existing
// migrations applied" to "matches the entities". Usage:
//   npm run migration:generate -- AddThreads
// Uses a scratch database on DATABASE_URL's server if set, else an embedded PostgreSQL.
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}
execSync('node tools/build.mjs api', { stdio: 'inherit' });
const require = createRequire(import.meta.url);
const { DataSource } = require('typeorm');
const { Client } = require('pg');
const { dataSourceOptions, startEmbeddedPostgres } = require('../dist/api/libs/api/database/src/index.js');
const { ALL_ENTITIES } = require('../dist/api/apps/api/src/entities.js');

const scratch = `migration_scratch_${process.pid}`;
let adminUrl;
let stopServer = async () => {};
let dir;
if (process.env.DATABASE_URL) {
  adminUrl = process.env.DATABASE_URL;
} else {
  dir = mkdtempSync(join(tmpdir(), 'ch-migration-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), database: 'postgres' });
  adminUrl = pg.url;
  stopServer = pg.stop;
}
const admin = new Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
const url = new URL(adminUrl);
url.pathname = `/${scratch}`;
const dataSource = new DataSource(dataSourceOptions({ url: url.toString(), entities: ALL_ENTITIES }));
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  const log = await dataSource.driver.createSchemaBuilder().log();
  if (!log.upQueries.length) {
    console.log('Entities and migrations already agree: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const fileBase = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
    const q = (query) => `    await queryRunner.query(${JSON.stringify(query.query)}${query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : ''});`;
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${log.upQueries.map(q).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${log.downQueries.reverse().map(q).join('\n')}
  }
}
`;
    const dirPath = 'libs/api/database/src/migrations';
    writeFileSync(join(dirPath, `${fileBase}.ts`), source);
    const indexPath = join(dirPath, 'index.ts');
    let index = readFileSync(indexPath, 'utf8');
    index = `import { ${className} } from './${fileBase}';\n` + index;
    index = index.replace(/\[([^\]]*)\];/, (_, list) => `[${[...list.split(',').map((s) => s.trim()).filter(Boolean), className].join(', ')}];`);
    writeFileSync(indexPath, index);
    console.log(`Wrote ${dirPath}/${fileBase}.ts (${log.upQueries.length} statements). Review it, then commit it.`);
  }
} finally {
  await dataSource.destroy().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
  await admin.end();
  await stopServer();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
