import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchCandidates1795335874116 implements MigrationInterface {
  name = 'SearchCandidates1795335874116';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"threads_created_at_idx\" ON \"threads\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"posts_created_at_idx\" ON \"posts\"  (\"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"documents_created_at_idx\" ON \"documents\"  (\"created_at\", \"id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"documents_created_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"posts_created_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"threads_created_at_idx\"");
  }
}
