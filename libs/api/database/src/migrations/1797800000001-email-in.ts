import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email in (issue 22): inbound emails once each (Message-ID) with their outcome and
 * bounce times, threads started by email awaiting confirmation, each network's
 * "threads by email" setting; addresses mail is no longer sent to (hard bounces,
 * complaints); deliveries can carry a mailing-list copy's post, and the MAILING_LIST
 * email preference. (Notifications' thread_id, used for Reply-To, comes from 1797900000001.)
 */
export class EmailIn1797800000001 implements MigrationInterface {
  name = 'EmailIn1797800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"inbound_email_status\" AS ENUM('RECEIVED', 'POSTED', 'REFUSED', 'DROPPED', 'AWAITING_CONFIRMATION', 'REPORT')");
    await queryRunner.query("CREATE TABLE \"inbound_emails\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"message_key\" character varying(300) NOT NULL, \"sender\" character varying(254) NOT NULL DEFAULT '', \"recipient\" character varying(254) NOT NULL DEFAULT '', \"status\" \"public\".\"inbound_email_status\" NOT NULL DEFAULT 'RECEIVED', \"reason\" character varying(40), \"user_id\" uuid, \"post_id\" uuid, \"bounced_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"inbound_emails_message_key\" UNIQUE (\"message_key\"), CONSTRAINT \"PK_4681d4ed00f370f44de2a1d094c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"inbound_emails_sender_bounced_idx\" ON \"inbound_emails\"  (\"sender\", \"bounced_at\") ");
    await queryRunner.query("CREATE TABLE \"email_thread_drafts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"network_id\" uuid NOT NULL, \"title\" character varying(200) NOT NULL, \"body\" text NOT NULL, \"thread_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"confirmed_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_4d2e8836670492dede0204f4a11\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"network_email_settings\" (\"network_id\" uuid NOT NULL, \"threads_by_email\" boolean NOT NULL DEFAULT false, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5308037f54d2fae788db61671be\" PRIMARY KEY (\"network_id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"mail_suppression_reason\" AS ENUM('HARD_BOUNCE', 'COMPLAINT')");
    await queryRunner.query("CREATE TABLE \"mail_suppressions\" (\"email\" character varying(254) NOT NULL, \"reason\" \"public\".\"mail_suppression_reason\" NOT NULL, \"detail\" character varying(300) NOT NULL DEFAULT '', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_49dcd6bacf3bacd12956355046c\" PRIMARY KEY (\"email\"))");
    await queryRunner.query("ALTER TABLE \"email_deliveries\" ADD \"payload\" jsonb");
    await queryRunner.query("ALTER TYPE \"public\".\"email_frequency\" ADD VALUE 'MAILING_LIST'");
    await queryRunner.query("ALTER TABLE \"email_thread_drafts\" ADD CONSTRAINT \"email_thread_drafts_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"email_thread_drafts\" ADD CONSTRAINT \"email_thread_drafts_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"network_email_settings\" ADD CONSTRAINT \"network_email_settings_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"network_email_settings\" DROP CONSTRAINT \"network_email_settings_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"email_thread_drafts\" DROP CONSTRAINT \"email_thread_drafts_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"email_thread_drafts\" DROP CONSTRAINT \"email_thread_drafts_user_id_fkey\"");
    await queryRunner.query("CREATE TYPE \"public\".\"email_frequency_old\" AS ENUM('IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF')");
    await queryRunner.query("ALTER TABLE \"notification_preferences\" ALTER COLUMN \"email\" TYPE \"public\".\"email_frequency_old\" USING \"email\"::\"text\"::\"public\".\"email_frequency_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"email_frequency\"");
    await queryRunner.query("ALTER TYPE \"public\".\"email_frequency_old\" RENAME TO \"email_frequency\"");
    await queryRunner.query("ALTER TABLE \"email_deliveries\" DROP COLUMN \"payload\"");
    await queryRunner.query("DROP TABLE \"mail_suppressions\"");
    await queryRunner.query("DROP TYPE \"public\".\"mail_suppression_reason\"");
    await queryRunner.query("DROP TABLE \"network_email_settings\"");
    await queryRunner.query("DROP TABLE \"email_thread_drafts\"");
    await queryRunner.query("DROP INDEX \"public\".\"inbound_emails_sender_bounced_idx\"");
    await queryRunner.query("DROP TABLE \"inbound_emails\"");
    await queryRunner.query("DROP TYPE \"public\".\"inbound_email_status\"");
  }
}
