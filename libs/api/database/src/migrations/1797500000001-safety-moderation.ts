import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting and moderation (issue 20): reports and their queue, the one audit log of
 * moderation actions, blocks between people, platform suspensions, and a network's
 * safety settings; notifications learn two kinds (a report received, resolved).
 */
export class SafetyModeration1797500000001 implements MigrationInterface {
  name = 'SafetyModeration1797500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"report_kind\" AS ENUM('POST', 'THREAD', 'DOCUMENT', 'EVENT', 'USER')");
    await queryRunner.query("CREATE TYPE \"public\".\"report_audience\" AS ENUM('NETWORK', 'CONSORTIUM', 'PLATFORM')");
    await queryRunner.query("CREATE TYPE \"public\".\"report_reason\" AS ENUM('SPAM', 'ABUSE', 'ILLEGAL', 'PRIVACY', 'OTHER')");
    await queryRunner.query("CREATE TYPE \"public\".\"report_status\" AS ENUM('OPEN', 'RESOLVED')");
    await queryRunner.query("CREATE TYPE \"public\".\"report_action\" AS ENUM('DISMISS', 'REMOVE_CONTENT', 'SUSPEND_AUTHOR')");
    await queryRunner.query("CREATE TABLE \"reports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"reporter_id\" uuid NOT NULL, \"kind\" \"public\".\"report_kind\" NOT NULL, \"target_id\" uuid NOT NULL, \"audience\" \"public\".\"report_audience\" NOT NULL, \"space_id\" uuid, \"network_id\" uuid, \"subject_user_id\" uuid, \"excerpt\" character varying(300) NOT NULL DEFAULT '', \"reason\" \"public\".\"report_reason\" NOT NULL, \"note\" text NOT NULL DEFAULT '', \"status\" \"public\".\"report_status\" NOT NULL DEFAULT 'OPEN', \"action\" \"public\".\"report_action\", \"resolution_note\" text NOT NULL DEFAULT '', \"resolved_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"resolved_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_d9013193989303580053c0b5ef6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"reports_audience_status_idx\" ON \"reports\"  (\"audience\", \"status\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"reports_space_status_idx\" ON \"reports\"  (\"space_id\", \"status\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"reports_open_once_key\" ON \"reports\"  (\"reporter_id\", \"kind\", \"target_id\") WHERE \"status\" = 'OPEN'");
    await queryRunner.query("CREATE TABLE \"moderation_audit\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"network_id\" uuid, \"space_id\" uuid, \"actor_id\" uuid, \"action\" character varying(40) NOT NULL, \"subject_kind\" character varying(20) NOT NULL, \"subject_id\" uuid, \"note\" text NOT NULL DEFAULT '', \"source_key\" character varying(100), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_702d6f65bea017b1d458e54a3c9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"moderation_audit_source_key\" ON \"moderation_audit\"  (\"source_key\") ");
    await queryRunner.query("CREATE INDEX \"moderation_audit_network_idx\" ON \"moderation_audit\"  (\"network_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"user_blocks\" (\"blocker_id\" uuid NOT NULL, \"blocked_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_48667515438e7d0f0fed998b193\" PRIMARY KEY (\"blocker_id\", \"blocked_id\"))");
    await queryRunner.query("CREATE INDEX \"user_blocks_blocked_idx\" ON \"user_blocks\"  (\"blocked_id\") ");
    await queryRunner.query("CREATE TABLE \"platform_suspensions\" (\"user_id\" uuid NOT NULL, \"suspended_by_id\" uuid, \"note\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2d2efcd3976e6d908bbdd43dcb4\" PRIMARY KEY (\"user_id\"))");
    await queryRunner.query("CREATE TABLE \"network_safety_settings\" (\"network_id\" uuid NOT NULL, \"hold_newcomer_posts\" boolean NOT NULL DEFAULT false, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bb9ab5f22b69c1efc80b03f696b\" PRIMARY KEY (\"network_id\"))");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'REPORT_RECEIVED'");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind\" ADD VALUE 'REPORT_RESOLVED'");
    await queryRunner.query("ALTER TABLE \"reports\" ADD CONSTRAINT \"reports_reporter_id_fkey\" FOREIGN KEY (\"reporter_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"reports\" ADD CONSTRAINT \"reports_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"reports\" ADD CONSTRAINT \"reports_resolved_by_id_fkey\" FOREIGN KEY (\"resolved_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"moderation_audit\" ADD CONSTRAINT \"moderation_audit_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"moderation_audit\" ADD CONSTRAINT \"moderation_audit_actor_id_fkey\" FOREIGN KEY (\"actor_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_blocks\" ADD CONSTRAINT \"user_blocks_blocker_id_fkey\" FOREIGN KEY (\"blocker_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_blocks\" ADD CONSTRAINT \"user_blocks_blocked_id_fkey\" FOREIGN KEY (\"blocked_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"platform_suspensions\" ADD CONSTRAINT \"platform_suspensions_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"platform_suspensions\" ADD CONSTRAINT \"platform_suspensions_suspended_by_id_fkey\" FOREIGN KEY (\"suspended_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"network_safety_settings\" ADD CONSTRAINT \"network_safety_settings_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"network_safety_settings\" DROP CONSTRAINT \"network_safety_settings_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"platform_suspensions\" DROP CONSTRAINT \"platform_suspensions_suspended_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"platform_suspensions\" DROP CONSTRAINT \"platform_suspensions_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"user_blocks\" DROP CONSTRAINT \"user_blocks_blocked_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"user_blocks\" DROP CONSTRAINT \"user_blocks_blocker_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"moderation_audit\" DROP CONSTRAINT \"moderation_audit_actor_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"moderation_audit\" DROP CONSTRAINT \"moderation_audit_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"reports\" DROP CONSTRAINT \"reports_resolved_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"reports\" DROP CONSTRAINT \"reports_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"reports\" DROP CONSTRAINT \"reports_reporter_id_fkey\"");
    await queryRunner.query("CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('REPLY', 'MENTION', 'DOCUMENT_ADDED', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'WAITLIST_PROMOTED', 'MEMBERSHIP_REQUESTED', 'MEMBERSHIP_APPROVED', 'CONSORTIUM_INVITATION', 'CONSORTIUM_RESPONSE', 'OPPORTUNITY_DEADLINE')");
    await queryRunner.query("ALTER TABLE \"notifications\" ALTER COLUMN \"kind\" TYPE \"public\".\"notification_kind_old\" USING \"kind\"::\"text\"::\"public\".\"notification_kind_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"notification_kind\"");
    await queryRunner.query("ALTER TYPE \"public\".\"notification_kind_old\" RENAME TO \"notification_kind\"");
    await queryRunner.query("DROP TABLE \"network_safety_settings\"");
    await queryRunner.query("DROP TABLE \"platform_suspensions\"");
    await queryRunner.query("DROP INDEX \"public\".\"user_blocks_blocked_idx\"");
    await queryRunner.query("DROP TABLE \"user_blocks\"");
    await queryRunner.query("DROP INDEX \"public\".\"moderation_audit_network_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"moderation_audit_source_key\"");
    await queryRunner.query("DROP TABLE \"moderation_audit\"");
    await queryRunner.query("DROP INDEX \"public\".\"reports_open_once_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"reports_space_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"reports_audience_status_idx\"");
    await queryRunner.query("DROP TABLE \"reports\"");
    await queryRunner.query("DROP TYPE \"public\".\"report_action\"");
    await queryRunner.query("DROP TYPE \"public\".\"report_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"report_reason\"");
    await queryRunner.query("DROP TYPE \"public\".\"report_audience\"");
    await queryRunner.query("DROP TYPE \"public\".\"report_kind\"");
  }
}
