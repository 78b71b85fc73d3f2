import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Events1795333037352 implements MigrationInterface {
  name = 'Events1795333037352';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"event_status\" AS ENUM('SCHEDULED', 'CANCELLED')");
    await queryRunner.query("CREATE TYPE \"public\".\"event_visibility\" AS ENUM('PUBLIC', 'MEMBERS')");
    await queryRunner.query("CREATE TABLE \"events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"space_id\" uuid NOT NULL, \"network_id\" uuid NOT NULL, \"series_id\" uuid, \"occurrence_start\" TIMESTAMP(3) WITH TIME ZONE, \"detached\" boolean NOT NULL DEFAULT false, \"starts_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"organiser_organisation_id\" uuid, \"organiser_id\" uuid NOT NULL, \"status\" \"public\".\"event_status\" NOT NULL DEFAULT 'SCHEDULED', \"cancel_reason\" character varying(1000) NOT NULL DEFAULT '', \"sequence\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"location\" character varying(200) NOT NULL DEFAULT '', \"address\" character varying(500) NOT NULL DEFAULT '', \"online\" boolean NOT NULL DEFAULT false, \"online_url\" character varying(2000), \"accessibility_notes\" text NOT NULL DEFAULT '', \"capacity\" integer, \"visibility\" \"public\".\"event_visibility\" NOT NULL DEFAULT 'PUBLIC', CONSTRAINT \"PK_40731c7151fe4be3116e45ddf73\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"events_series_id_idx\" ON \"events\"  (\"series_id\") ");
    await queryRunner.query("CREATE INDEX \"events_network_starts_idx\" ON \"events\"  (\"network_id\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"events_space_starts_idx\" ON \"events\"  (\"space_id\", \"starts_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"event_series\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"space_id\" uuid NOT NULL, \"network_id\" uuid NOT NULL, \"rrule\" character varying(500) NOT NULL, \"first_starts_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"first_ends_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"organiser_organisation_id\" uuid, \"organiser_id\" uuid NOT NULL, \"status\" \"public\".\"event_status\" NOT NULL DEFAULT 'SCHEDULED', \"sequence\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"location\" character varying(200) NOT NULL DEFAULT '', \"address\" character varying(500) NOT NULL DEFAULT '', \"online\" boolean NOT NULL DEFAULT false, \"online_url\" character varying(2000), \"accessibility_notes\" text NOT NULL DEFAULT '', \"capacity\" integer, \"visibility\" \"public\".\"event_visibility\" NOT NULL DEFAULT 'PUBLIC', CONSTRAINT \"PK_9c68540164026e1a070a0a227f8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"event_series_network_id_idx\" ON \"event_series\"  (\"network_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"rsvp_status\" AS ENUM('GOING', 'MAYBE', 'NOT_GOING', 'WAITLISTED')");
    await queryRunner.query("CREATE TABLE \"event_rsvps\" (\"event_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"status\" \"public\".\"rsvp_status\" NOT NULL, \"guests\" integer NOT NULL DEFAULT '0', \"waitlisted_at\" TIMESTAMP(3) WITH TIME ZONE, \"promoted_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_90472d80289aa439005f1ab4fa4\" PRIMARY KEY (\"event_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"event_rsvps_event_status_idx\" ON \"event_rsvps\"  (\"event_id\", \"status\", \"waitlisted_at\") ");
    await queryRunner.query("ALTER TABLE \"events\" ADD CONSTRAINT \"events_space_id_fkey\" FOREIGN KEY (\"space_id\") REFERENCES \"spaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"events\" ADD CONSTRAINT \"events_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"events\" ADD CONSTRAINT \"events_series_id_fkey\" FOREIGN KEY (\"series_id\") REFERENCES \"event_series\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"events\" ADD CONSTRAINT \"events_organiser_organisation_id_fkey\" FOREIGN KEY (\"organiser_organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"events\" ADD CONSTRAINT \"events_organiser_id_fkey\" FOREIGN KEY (\"organiser_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_series\" ADD CONSTRAINT \"event_series_space_id_fkey\" FOREIGN KEY (\"space_id\") REFERENCES \"spaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_series\" ADD CONSTRAINT \"event_series_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_series\" ADD CONSTRAINT \"event_series_organiser_organisation_id_fkey\" FOREIGN KEY (\"organiser_organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_series\" ADD CONSTRAINT \"event_series_organiser_id_fkey\" FOREIGN KEY (\"organiser_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_rsvps\" ADD CONSTRAINT \"event_rsvps_event_id_fkey\" FOREIGN KEY (\"event_id\") REFERENCES \"events\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_rsvps\" ADD CONSTRAINT \"event_rsvps_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"event_rsvps\" DROP CONSTRAINT \"event_rsvps_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"event_rsvps\" DROP CONSTRAINT \"event_rsvps_event_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"event_series\" DROP CONSTRAINT \"event_series_organiser_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"event_series\" DROP CONSTRAINT \"event_series_organiser_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"event_series\" DROP CONSTRAINT \"event_series_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"event_series\" DROP CONSTRAINT \"event_series_space_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"events\" DROP CONSTRAINT \"events_organiser_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"events\" DROP CONSTRAINT \"events_organiser_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"events\" DROP CONSTRAINT \"events_series_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"events\" DROP CONSTRAINT \"events_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"events\" DROP CONSTRAINT \"events_space_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"event_rsvps_event_status_idx\"");
    await queryRunner.query("DROP TABLE \"event_rsvps\"");
    await queryRunner.query("DROP TYPE \"public\".\"rsvp_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"event_series_network_id_idx\"");
    await queryRunner.query("DROP TABLE \"event_series\"");
    await queryRunner.query("DROP INDEX \"public\".\"events_space_starts_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"events_network_starts_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"events_series_id_idx\"");
    await queryRunner.query("DROP TABLE \"events\"");
    await queryRunner.query("DROP TYPE \"public\".\"event_visibility\"");
    await queryRunner.query("DROP TYPE \"public\".\"event_status\"");
  }
}
