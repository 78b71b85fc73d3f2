import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795334143380 implements MigrationInterface {
  name = 'Notifications1795334143380';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"notification_kind\" AS ENUM('REPLY', 'MENTION', 'DOCUMENT_ADDED', 'EVENT_CHANGED', 'EVENT_CANCELLED', 'WAITLIST_PROMOTED', 'MEMBERSHIP_REQUESTED', 'MEMBERSHIP_APPROVED', 'CONSORTIUM_INVITATION', 'CONSORTIUM_RESPONSE', 'OPPORTUNITY_DEADLINE')");
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"network_id\" uuid, \"kind\" \"public\".\"notification_kind\" NOT NULL, \"title\" character varying(300) NOT NULL, \"body\" character varying(500) NOT NULL DEFAULT '', \"path\" character varying(500) NOT NULL, \"actor_id\" uuid, \"dedupe_key\" character varying(200) NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"read_at\" TIMESTAMP(3) WITH TIME ZONE, \"emailed_at\" TIMESTAMP(3) WITH TIME ZONE, \"email_delivery_id\" uuid, CONSTRAINT \"notifications_user_dedupe_key\" UNIQUE (\"user_id\", \"dedupe_key\"), CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"notifications_user_created_idx\" ON \"notifications\"  (\"user_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"email_frequency\" AS ENUM('IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF')");
    await queryRunner.query("CREATE TABLE \"notification_preferences\" (\"user_id\" uuid NOT NULL, \"network_id\" uuid NOT NULL, \"email\" \"public\".\"email_frequency\" NOT NULL, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1c18f5b8a5d60bd82bac8b1fe5d\" PRIMARY KEY (\"user_id\", \"network_id\"))");
    await queryRunner.query("CREATE TABLE \"folder_watches\" (\"folder_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5a7019d38b6b349c470973467fb\" PRIMARY KEY (\"folder_id\", \"user_id\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"email_delivery_status\" AS ENUM('PENDING', 'SENT', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"email_deliveries\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"network_id\" uuid, \"key\" character varying(200) NOT NULL, \"status\" \"public\".\"email_delivery_status\" NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" character varying(500), \"message_id\" character varying(300), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"email_deliveries_user_key\" UNIQUE (\"user_id\", \"key\"), CONSTRAINT \"PK_aa4e94683dafee7c55aaeb9f59d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"notifications_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"notifications_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"notifications_actor_id_fkey\" FOREIGN KEY (\"actor_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification_preferences\" ADD CONSTRAINT \"notification_preferences_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification_preferences\" ADD CONSTRAINT \"notification_preferences_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"folder_watches\" ADD CONSTRAINT \"folder_watches_folder_id_fkey\" FOREIGN KEY (\"folder_id\") REFERENCES \"folders\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"folder_watches\" ADD CONSTRAINT \"folder_watches_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"email_deliveries\" ADD CONSTRAINT \"email_deliveries_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"email_deliveries\" DROP CONSTRAINT \"email_deliveries_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"folder_watches\" DROP CONSTRAINT \"folder_watches_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"folder_watches\" DROP CONSTRAINT \"folder_watches_folder_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"notification_preferences\" DROP CONSTRAINT \"notification_preferences_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"notification_preferences\" DROP CONSTRAINT \"notification_preferences_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"notifications_actor_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"notifications_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"notifications_user_id_fkey\"");
    await queryRunner.query("DROP TABLE \"email_deliveries\"");
    await queryRunner.query("DROP TYPE \"public\".\"email_delivery_status\"");
    await queryRunner.query("DROP TABLE \"folder_watches\"");
    await queryRunner.query("DROP TABLE \"notification_preferences\"");
    await queryRunner.query("DROP TYPE \"public\".\"email_frequency\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_user_created_idx\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("DROP TYPE \"public\".\"notification_kind\"");
  }
}
