import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Newcomers' first posts held for a coordinator's approval (issue 20): threads and posts
 * get a hold status (NULL once published), the queue its partial index, the forum's
 * moderation log two actions and notifications two kinds (approved, not approved).
 */
export class NewcomerPostHold1798200000001 implements MigrationInterface {
  name = 'NewcomerPostHold1798200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"hold_status\" AS ENUM('PENDING', 'REJECTED')");
    await queryRunner.query("ALTER TABLE \"threads\" ADD \"hold_status\" \"public\".\"hold_status\"");
    await queryRunner.query("ALTER TABLE \"posts\" ADD \"hold_status\" \"public\".\"hold_status\"");
    await queryRunner.query("ALTER TYPE \"public\".\"moderation_action_kind\" ADD VALUE 'APPROVE_POST'");
    await queryRunner.query("ALTER TYPE \"public\".\"moderation_action_kind\" ADD VALUE 'REJECT_POST'");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'POST_APPROVED'");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'POST_REJECTED'");
    await queryRunner.query("CREATE INDEX \"posts_held_idx\" ON \"posts\"  (\"created_at\", \"id\") WHERE hold_status = 'PENDING'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"posts_held_idx\"");
    await queryRunner.query("CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('REPLY', 'MENTION', 'DOCUMENT_ADDED', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'WAITLIST_PROMOTED', 'MEMBERSHIP_REQUESTED', 'MEMBERSHIP_APPROVED', 'CONSORTIUM_INVITATION', 'CONSORTIUM_RESPONSE', 'OPPORTUNITY_DEADLINE', 'DATA_EXPORT_READY', 'REPORT_RECEIVED', 'REPORT_RESOLVED')");
    await queryRunner.query("ALTER TABLE \"notifications\" ALTER COLUMN \"kind\" TYPE \"public\".\"notification_kind_old\" USING \"kind\"::\"text\"::\"public\".\"notification_kind_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"notification_kind\"");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind_old\" RENAME TO \"notification_kind\"");
    await queryRunner.query("CREATE TYPE \"public\".\"moderation_action_kind_old\" AS ENUM('PIN', 'UNPIN', 'LOCK', 'UNLOCK', 'RETAG', 'REMOVE_POST')");
    await queryRunner.query("ALTER TABLE \"moderation_actions\" ALTER COLUMN \"action\" TYPE \"public\".\"moderation_action_kind_old\" USING \"action\"::\"text\"::\"public\".\"moderation_action_kind_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"moderation_action_kind\"");
    await queryRunner.query("ALTER TYPE \"public\".\"moderation_action_kind_old\" RENAME TO \"moderation_action_kind\"");
    await queryRunner.query("ALTER TABLE \"posts\" DROP COLUMN \"hold_status\"");
    await queryRunner.query("ALTER TABLE \"threads\" DROP COLUMN \"hold_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"hold_status\"");
  }
}
