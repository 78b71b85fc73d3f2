import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which thread and post a notification is about (replies and mentions), so that reading
 * the thread marks its notifications read. Plain columns, no foreign key: the forum's
 * tables stay the forum's.
 */
export class NotificationThreads1797900000001 implements MigrationInterface {
  name = 'NotificationThreads1797900000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notifications" ADD "thread_id" uuid, ADD "thread_position" integer');
    await queryRunner.query(
      'CREATE INDEX "notifications_unread_thread_idx" ON "notifications" ("user_id", "thread_id", "thread_position") WHERE "read_at" IS NULL AND "thread_id" IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "notifications_unread_thread_idx"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "thread_position", DROP COLUMN "thread_id"');
  }
}
