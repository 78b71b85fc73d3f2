import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server-side sessions (a token names one; it works while open and unexpired) and the
 * security log (sign-ins, password changes, sessions ended... with address and device).
 */
export class Sessions1797100000001 implements MigrationInterface {
  name = 'Sessions1797100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"security_log\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid, \"kind\" character varying(40) NOT NULL, \"occurred_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"address\" character varying(64), \"user_agent\" character varying(512), \"detail\" character varying(500), CONSTRAINT \"PK_efed13f4d5863b4dd080994b486\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"security_log_occurred_idx\" ON \"security_log\"  (\"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"security_log_user_occurred_idx\" ON \"security_log\"  (\"user_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"last_seen_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"user_agent\" character varying(512), \"address\" character varying(64), \"ended_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_3238ef96f18b355b671619111bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"sessions_expires_at_idx\" ON \"sessions\"  (\"expires_at\") ");
    await queryRunner.query("CREATE INDEX \"sessions_user_id_idx\" ON \"sessions\"  (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"security_log\" ADD CONSTRAINT \"security_log_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD CONSTRAINT \"sessions_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sessions\" DROP CONSTRAINT \"sessions_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"security_log\" DROP CONSTRAINT \"security_log_user_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"sessions_user_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"sessions_expires_at_idx\"");
    await queryRunner.query("DROP TABLE \"sessions\"");
    await queryRunner.query("DROP INDEX \"public\".\"security_log_user_occurred_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"security_log_occurred_idx\"");
    await queryRunner.query("DROP TABLE \"security_log\"");
  }
}
