import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search columns (English stemming, weighted: titles A, bodies B,
 * places C), kept by triggers so every insert and edit is searchable at once,
 * each with a GIN index. Written by hand: TypeORM does not model triggers or
 * GIN indexes (the entities mark these indexes `synchronize: false`).
 */
const SOURCES: { table: string; index: string; columns: string[]; vector: (row: string) => string }[] = [
  { table: 'threads', index: 'threads_search_idx', columns: ['title'], vector: (r) => `setweight(to_tsvector('english', ${r}.title), 'A')` },
  { table: 'posts', index: 'posts_search_idx', columns: ['body'], vector: (r) => `setweight(to_tsvector('english', ${r}.body), 'B')` },
  {
    table: 'events',
    index: 'events_search_idx',
    columns: ['title', 'description', 'location'],
    vector: (r) =>
      `setweight(to_tsvector('english', ${r}.title), 'A') || setweight(to_tsvector('english', ${r}.description), 'B') || setweight(to_tsvector('english', ${r}.location), 'C')`,
  },
  {
    table: 'organisations',
    index: 'organisations_search_idx',
    columns: ['name', 'description'],
    vector: (r) => `setweight(to_tsvector('english', ${r}.name), 'A') || setweight(to_tsvector('english', ${r}.description), 'B')`,
  },
];

export class Search1795333400000 implements MigrationInterface {
  name = 'Search1795333400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index, columns, vector } of SOURCES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "search_vector" tsvector`);
      await queryRunner.query(
        `CREATE FUNCTION "${table}_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.search_vector := ${vector('NEW')}; RETURN NEW; END $$`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_search_vector" BEFORE INSERT OR UPDATE OF ${columns.map((c) => `"${c}"`).join(', ')} ON "${table}" FOR EACH ROW EXECUTE FUNCTION "${table}_search_vector"()`,
      );
      await queryRunner.query(`UPDATE "${table}" t SET search_vector = ${vector('t')}`);
      await queryRunner.query(`CREATE INDEX "${index}" ON "${table}" USING gin ("search_vector")`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, index } of [...SOURCES].reverse()) {
      await queryRunner.query(`DROP INDEX "${index}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_search_vector" ON "${table}"`);
      await queryRunner.query(`DROP FUNCTION "${table}_search_vector"()`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_vector"`);
    }
  }
}
