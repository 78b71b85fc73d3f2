import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17 (3, 9): an upload is claimed once by the completeUpload that publishes
 * it (`claimed_at`), and a folder's name is unique among its siblings, whatever
 * the letter case (the expression index is written by hand; the entity marks it
 * `synchronize: false`). Folders already sharing a name (made by concurrent
 * requests before this index) keep the oldest name; the others get a suffix from
 * their id, so nothing is lost and the index can be built.
 */
export class SingleUseUploadsAndUniqueFolders1795337000000 implements MigrationInterface {
  name = 'SingleUseUploadsAndUniqueFolders1795337000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "pending_uploads" ADD "claimed_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query(`
      UPDATE folders f SET name = left(f.name, 108) || ' (' || left(f.id::text, 8) || ')'
      FROM (
        SELECT id, row_number() OVER (
          PARTITION BY space_id, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name)
          ORDER BY created_at, id
        ) AS n
        FROM folders
      ) d
      WHERE d.id = f.id AND d.n > 1`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "folders_space_parent_name_key" ON "folders" ("space_id", coalesce("parent_id", '00000000-0000-0000-0000-000000000000'::uuid), lower("name"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."folders_space_parent_name_key"');
    await queryRunner.query('ALTER TABLE "pending_uploads" DROP COLUMN "claimed_at"');
  }
}
