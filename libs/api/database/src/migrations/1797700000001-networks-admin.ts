import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 21: HIDDEN networks and a welcome message, email invitations (only a hash of
 * each link's token), a per-day count of document download links (network report)
 * and attendance marked by an event's organiser.
 */
export class NetworksAdmin1797700000001 implements MigrationInterface {
  name = 'NetworksAdmin1797700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"network_invitation_status\" AS ENUM('PENDING', 'ACCEPTED', 'REVOKED')");
    await queryRunner.query("CREATE TABLE \"network_invitations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"network_id\" uuid NOT NULL, \"email\" character varying(254) NOT NULL, \"name\" character varying(120) NOT NULL DEFAULT '', \"organisation\" character varying(200) NOT NULL DEFAULT '', \"message\" text NOT NULL DEFAULT '', \"token_hash\" character varying(64) NOT NULL, \"status\" \"public\".\"network_invitation_status\" NOT NULL DEFAULT 'PENDING', \"send_count\" integer NOT NULL DEFAULT '1', \"expires_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"invited_by_id\" uuid, \"accepted_by_id\" uuid, \"accepted_at\" TIMESTAMP(3) WITH TIME ZONE, \"sent_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f84f63a698c49a4c6729b26acb9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"network_invitations_token_hash_key\" ON \"network_invitations\"  (\"token_hash\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"network_invitations_pending_email_key\" ON \"network_invitations\"  (\"network_id\", \"email\") WHERE \"status\" = 'PENDING'");
    await queryRunner.query("CREATE INDEX \"network_invitations_network_created_idx\" ON \"network_invitations\"  (\"network_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"document_downloads\" (\"document_id\" uuid NOT NULL, \"day\" date NOT NULL, \"network_id\" uuid NOT NULL, \"count\" integer NOT NULL DEFAULT '0', CONSTRAINT \"PK_72adf6a49da4d2f343b543c1c83\" PRIMARY KEY (\"document_id\", \"day\"))");
    await queryRunner.query("CREATE INDEX \"document_downloads_network_day_idx\" ON \"document_downloads\"  (\"network_id\", \"day\") ");
    await queryRunner.query("ALTER TABLE \"networks\" ADD \"welcome_message\" text NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"event_rsvps\" ADD \"attended\" boolean");
    await queryRunner.query("ALTER TYPE \"public\".\"network_visibility\" ADD VALUE 'HIDDEN'");
    await queryRunner.query("ALTER TABLE \"network_invitations\" ADD CONSTRAINT \"network_invitations_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"network_invitations\" ADD CONSTRAINT \"network_invitations_invited_by_id_fkey\" FOREIGN KEY (\"invited_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"network_invitations\" ADD CONSTRAINT \"network_invitations_accepted_by_id_fkey\" FOREIGN KEY (\"accepted_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document_downloads\" ADD CONSTRAINT \"document_downloads_document_id_fkey\" FOREIGN KEY (\"document_id\") REFERENCES \"documents\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document_downloads\" ADD CONSTRAINT \"document_downloads_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"document_downloads\" DROP CONSTRAINT \"document_downloads_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"document_downloads\" DROP CONSTRAINT \"document_downloads_document_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"network_invitations\" DROP CONSTRAINT \"network_invitations_accepted_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"network_invitations\" DROP CONSTRAINT \"network_invitations_invited_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"network_invitations\" DROP CONSTRAINT \"network_invitations_network_id_fkey\"");
    await queryRunner.query("UPDATE \"networks\" SET \"visibility\" = 'PRIVATE' WHERE \"visibility\" = 'HIDDEN'");
    await queryRunner.query("CREATE TYPE \"public\".\"network_visibility_old\" AS ENUM('PUBLIC', 'PRIVATE')");
    await queryRunner.query("ALTER TABLE \"networks\" ALTER COLUMN \"visibility\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"networks\" ALTER COLUMN \"visibility\" TYPE \"public\".\"network_visibility_old\" USING \"visibility\"::\"text\"::\"public\".\"network_visibility_old\"");
    await queryRunner.query("DROP TYPE \"public\".\"network_visibility\"");
    await queryRunner.query("ALTER TYPE \"public\".\"network_visibility_old\" RENAME TO \"network_visibility\"");
    await queryRunner.query("ALTER TABLE \"networks\" ALTER COLUMN \"visibility\" SET DEFAULT 'PUBLIC'");
    await queryRunner.query("ALTER TABLE \"event_rsvps\" DROP COLUMN \"attended\"");
    await queryRunner.query("ALTER TABLE \"networks\" DROP COLUMN \"welcome_message\"");
    await queryRunner.query("DROP INDEX \"public\".\"document_downloads_network_day_idx\"");
    await queryRunner.query("DROP TABLE \"document_downloads\"");
    await queryRunner.query("DROP INDEX \"public\".\"network_invitations_network_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"network_invitations_pending_email_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"network_invitations_token_hash_key\"");
    await queryRunner.query("DROP TABLE \"network_invitations\"");
    await queryRunner.query("DROP TYPE \"public\".\"network_invitation_status\"");
  }
}
