import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentDetails1795330328330 implements MigrationInterface {
  name = 'DocumentDetails1795330328330';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"documents\" ADD \"tags\" text array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"documents\" ADD \"owner_id\" uuid");
    await queryRunner.query("ALTER TABLE \"documents\" ADD \"review_date\" date");
    await queryRunner.query("ALTER TABLE \"documents\" ADD \"meeting_date\" date");
    await queryRunner.query("ALTER TABLE \"documents\" ADD \"deleted_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"documents\" ADD \"deleted_by_id\" uuid");
    await queryRunner.query("ALTER TABLE \"documents\" ADD CONSTRAINT \"documents_owner_id_fkey\" FOREIGN KEY (\"owner_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"documents\" ADD CONSTRAINT \"documents_deleted_by_id_fkey\" FOREIGN KEY (\"deleted_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"documents\" DROP CONSTRAINT \"documents_deleted_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP CONSTRAINT \"documents_owner_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP COLUMN \"deleted_by_id\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP COLUMN \"deleted_at\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP COLUMN \"meeting_date\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP COLUMN \"review_date\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP COLUMN \"owner_id\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP COLUMN \"tags\"");
  }
}
