import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public statements (/accessibility, /privacy, /terms) as published versions, who
 * accepted which version of the terms, and an index for the nightly notification purge.
 */
export class StatementsAndRetention1797600000001 implements MigrationInterface {
  name = 'StatementsAndRetention1797600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"statement_kind\" AS ENUM('ACCESSIBILITY', 'PRIVACY', 'TERMS')");
    await queryRunner.query("CREATE TABLE \"statement_versions\" (\"kind\" \"public\".\"statement_kind\" NOT NULL, \"version\" integer NOT NULL, \"body\" text NOT NULL, \"published_by_id\" uuid, \"published_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d8bf4cada0c9f04f81b8a599ea1\" PRIMARY KEY (\"kind\", \"version\"))");
    await queryRunner.query("CREATE TABLE \"terms_acceptances\" (\"user_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"accepted_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_64be8234615202977baf55453ba\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE INDEX \"notifications_created_at_idx\" ON \"notifications\"  (\"created_at\") ");
    await queryRunner.query("ALTER TABLE \"statement_versions\" ADD CONSTRAINT \"statement_versions_published_by_id_fkey\" FOREIGN KEY (\"published_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"terms_acceptances\" ADD CONSTRAINT \"terms_acceptances_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"terms_acceptances\" DROP CONSTRAINT \"terms_acceptances_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"statement_versions\" DROP CONSTRAINT \"statement_versions_published_by_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_created_at_idx\"");
    await queryRunner.query("DROP TABLE \"terms_acceptances\"");
    await queryRunner.query("DROP TABLE \"statement_versions\"");
    await queryRunner.query("DROP TYPE \"public\".\"statement_kind\"");
  }
}
