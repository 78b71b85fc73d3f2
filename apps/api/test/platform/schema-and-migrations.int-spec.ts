import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrateUnderLock, MIGRATIONS, pendingSchemaChanges } from '@community-hub/api-database';
import { ALL_ENTITIES } from '../../src/entities';
import { createDatabase, dropDatabase, startTestApp, uniqueName, type TestApp } from '../support/test-app';

describe('schema and migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    // From an empty database, so the app's own start-up migration run is what built the schema checked below.
    t = await startTestApp({}, { emptyDatabase: true });
  });
  afterAll(() => t.close());

  it('the committed schema.gql matches the code (run `npm run schema` after changing resolvers)', () => {
    const printed = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    const committed = readFileSync(join(__dirname, '../../../../schema.gql'), 'utf8').replace(/^#.*\n\n/, '');
    expect(committed).toBe(printed);
  });

  it('the migrations build exactly the tables the entities describe (run `npm run migration:generate`)', async () => {
    expect(await pendingSchemaChanges(t.dataSource)).toEqual([]);
  });

  it('never uses synchronize', () => {
    expect(t.dataSource.options.synchronize).toBe(false);
  });

  it('applies each migration once when several instances start together, and can be rolled back', async () => {
    const name = uniqueName('mig');
    const url = await createDatabase(name);
    const sources = [0, 1, 2].map(() => new DataSource(dataSourceOptions({ url, entities: ALL_ENTITIES })));
    try {
      await Promise.all(sources.map((s) => s.initialize()));
      const applied = await Promise.all(sources.map((s) => migrateUnderLock(s)));
      expect(applied.flat()).toHaveLength(MIGRATIONS.length);
      const rows = await sources[0].query('SELECT name FROM migrations');
      expect(rows).toHaveLength(MIGRATIONS.length);
      for (let i = 0; i < MIGRATIONS.length; i++) await sources[0].undoLastMigration();
      expect(await sources[0].query("SELECT to_regclass('public.users') AS t")).toEqual([{ t: null }]);
      await migrateUnderLock(sources[0]);
      expect(await pendingSchemaChanges(sources[0])).toEqual([]);
    } finally {
      await Promise.all(sources.map((s) => s.destroy().catch(() => undefined)));
      await dropDatabase(name);
    }
  });
});
