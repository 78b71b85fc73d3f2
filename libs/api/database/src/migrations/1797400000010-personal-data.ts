import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account deletion keeps the row (users.deleted_at; posts and documents still point at it)
 * and data exports: a zip per request, prepared by a job, kept until expires_at.
 */
export class PersonalData1797400000010 implements MigrationInterface {
  name = 'PersonalData1797400000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"data_export_status\" AS ENUM('PREPARING', 'READY', 'FAILED', 'EXPIRED')");
    await queryRunner.query("CREATE TABLE \"data_exports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"status\" \"public\".\"data_export_status\" NOT NULL DEFAULT 'PREPARING', \"object_key\" character varying(200), \"size_bytes\" bigint, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"ready_at\" TIMESTAMP(3) WITH TIME ZONE, \"expires_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_3e8b8b297ef4446f30527695c10\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"data_exports_user_created_idx\" ON \"data_exports\"  (\"user_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"users\" ADD \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'DATA_EXPORT_READY'");
    await queryRunner.query("ALTER TABLE \"data_exports\" ADD CONSTRAINT \"data_exports_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"data_exports\" DROP CONSTRAINT \"data_exports_user_id_fkey\"");
    await queryRunner.query("CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('REPLY', 'MENTION', 'DOCUMENT_ADDED', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'WAITLIST_PROMOTED', 'MEMBERSHIP_REQUESTED', 'MEMBERSHIP_APPROVED', 'CONSORTIUM_INVITATION', 'CONSORTIUM_RESPONSE', 'OPPORTUNITY_DEADLINE')");
    await queryRunner.query("ALTER TABLE \"notifications\" ALTER COLUMN \"kind\" TYPE \"public\".\"notification_kind_old\" USING \"kind\"::\"text\"::\"public\".\"notification_kind_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"notification_kind\"");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind_old\" RENAME TO \"notification_kind\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP COLUMN \"deleted_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"data_exports_user_created_idx\"");
    await queryRunner.query("DROP TABLE \"data_exports\"");
    await queryRunner.query("DROP TYPE \"public\".\"data_export_status\"");
  }
}
