import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Consortia1795332837845 implements MigrationInterface {
  name = 'Consortia1795332837845';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"opportunities\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"network_id\" uuid NOT NULL, \"title\" character varying(200) NOT NULL, \"funder\" character varying(200) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"value\" numeric(14,2), \"url\" character varying(500), \"deadline\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"clarification_deadline\" TIMESTAMP(3) WITH TIME ZONE, \"expression_of_interest_deadline\" TIMESTAMP(3) WITH TIME ZONE, \"lots\" text array NOT NULL DEFAULT '{}', \"service_tags\" text array NOT NULL DEFAULT '{}', \"areas\" text array NOT NULL DEFAULT '{}', \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4bd9cd12ddc0ff48a5a97ddebce\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"opportunities_network_deadline_idx\" ON \"opportunities\"  (\"network_id\", \"deadline\", \"id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"consortium_role\" AS ENUM('LEAD', 'PARTNER', 'SUBCONTRACTOR')");
    await queryRunner.query("CREATE TABLE \"opportunity_interests\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"opportunity_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"role\" \"public\".\"consortium_role\" NOT NULL, \"lots\" text array NOT NULL DEFAULT '{}', \"capabilities\" text NOT NULL DEFAULT '', \"capacity\" text NOT NULL DEFAULT '', \"areas\" text array NOT NULL DEFAULT '{}', \"services\" text array NOT NULL DEFAULT '{}', \"note\" text NOT NULL DEFAULT '', \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"opportunity_interests_opportunity_organisation_key\" UNIQUE (\"opportunity_id\", \"organisation_id\"), CONSTRAINT \"PK_358bff3647c4492171f4ef2c94a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"opportunity_interests_organisation_id_idx\" ON \"opportunity_interests\"  (\"organisation_id\") ");
    await queryRunner.query("CREATE INDEX \"opportunity_interests_listing_idx\" ON \"opportunity_interests\"  (\"opportunity_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"consortium_status\" AS ENUM('FORMING', 'SUBMITTED', 'WON', 'LOST', 'WITHDRAWN')");
    await queryRunner.query("CREATE TABLE \"consortia\" (\"id\" uuid NOT NULL, \"opportunity_id\" uuid NOT NULL, \"network_id\" uuid NOT NULL, \"name\" character varying(160) NOT NULL, \"lead_organisation_id\" uuid NOT NULL, \"status\" \"public\".\"consortium_status\" NOT NULL DEFAULT 'FORMING', \"outcome\" text NOT NULL DEFAULT '', \"feedback\" text NOT NULL DEFAULT '', \"status_changed_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"agreement_version\" integer NOT NULL DEFAULT '0', \"data_sharing\" text NOT NULL DEFAULT '', \"exit_terms\" text NOT NULL DEFAULT '', \"agreement_updated_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"consortia_opportunity_lead_key\" UNIQUE (\"opportunity_id\", \"lead_organisation_id\"), CONSTRAINT \"PK_b460a5fa948485d54780b6a8532\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"consortia_opportunity_id_idx\" ON \"consortia\"  (\"opportunity_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"consortium_member_status\" AS ENUM('INVITED', 'ACCEPTED', 'DECLINED')");
    await queryRunner.query("CREATE TABLE \"consortium_members\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"consortium_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"status\" \"public\".\"consortium_member_status\" NOT NULL, \"role\" \"public\".\"consortium_role\" NOT NULL, \"responsibilities\" text NOT NULL DEFAULT '', \"share_percent\" numeric(5,2), \"invited_by_id\" uuid, \"responded_at\" TIMESTAMP(3) WITH TIME ZONE, \"signed_version\" integer, \"signed_at\" TIMESTAMP(3) WITH TIME ZONE, \"signed_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"consortium_members_consortium_organisation_key\" UNIQUE (\"consortium_id\", \"organisation_id\"), CONSTRAINT \"PK_99161da43fa9067480e1a21817b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"consortium_members_organisation_id_idx\" ON \"consortium_members\"  (\"organisation_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"deadline_kind\" AS ENUM('CLARIFICATION', 'EXPRESSION_OF_INTEREST', 'SUBMISSION')");
    await queryRunner.query("CREATE TABLE \"deadline_reminders\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"opportunity_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"consortium_id\" uuid, \"kind\" \"public\".\"deadline_kind\" NOT NULL, \"deadline_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"days_before\" integer NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"delivered_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"deadline_reminders_once_key\" UNIQUE (\"opportunity_id\", \"organisation_id\", \"kind\", \"days_before\"), CONSTRAINT \"PK_8cee3a6d089ce5522ce169711bf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"deadline_reminders_organisation_id_idx\" ON \"deadline_reminders\"  (\"organisation_id\") ");
    await queryRunner.query("ALTER TABLE \"opportunities\" ADD CONSTRAINT \"opportunities_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"opportunities\" ADD CONSTRAINT \"opportunities_created_by_id_fkey\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"opportunity_interests\" ADD CONSTRAINT \"opportunity_interests_opportunity_id_fkey\" FOREIGN KEY (\"opportunity_id\") REFERENCES \"opportunities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"opportunity_interests\" ADD CONSTRAINT \"opportunity_interests_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"opportunity_interests\" ADD CONSTRAINT \"opportunity_interests_created_by_id_fkey\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consortia\" ADD CONSTRAINT \"consortia_id_fkey\" FOREIGN KEY (\"id\") REFERENCES \"spaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consortia\" ADD CONSTRAINT \"consortia_opportunity_id_fkey\" FOREIGN KEY (\"opportunity_id\") REFERENCES \"opportunities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consortia\" ADD CONSTRAINT \"consortia_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consortia\" ADD CONSTRAINT \"consortia_lead_organisation_id_fkey\" FOREIGN KEY (\"lead_organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consortia\" ADD CONSTRAINT \"consortia_created_by_id_fkey\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consortium_members\" ADD CONSTRAINT \"consortium_members_consortium_id_fkey\" FOREIGN KEY (\"consortium_id\") REFERENCES \"consortia\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consortium_members\" ADD CONSTRAINT \"consortium_members_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consortium_members\" ADD CONSTRAINT \"consortium_members_invited_by_id_fkey\" FOREIGN KEY (\"invited_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"consortium_members\" ADD CONSTRAINT \"consortium_members_signed_by_id_fkey\" FOREIGN KEY (\"signed_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"deadline_reminders\" ADD CONSTRAINT \"deadline_reminders_opportunity_id_fkey\" FOREIGN KEY (\"opportunity_id\") REFERENCES \"opportunities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"deadline_reminders\" ADD CONSTRAINT \"deadline_reminders_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"deadline_reminders\" ADD CONSTRAINT \"deadline_reminders_consortium_id_fkey\" FOREIGN KEY (\"consortium_id\") REFERENCES \"consortia\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"deadline_reminders\" DROP CONSTRAINT \"deadline_reminders_consortium_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"deadline_reminders\" DROP CONSTRAINT \"deadline_reminders_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"deadline_reminders\" DROP CONSTRAINT \"deadline_reminders_opportunity_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"consortium_members\" DROP CONSTRAINT \"consortium_members_signed_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"consortium_members\" DROP CONSTRAINT \"consortium_members_invited_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"consortium_members\" DROP CONSTRAINT \"consortium_members_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"consortium_members\" DROP CONSTRAINT \"consortium_members_consortium_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"consortia\" DROP CONSTRAINT \"consortia_created_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"consortia\" DROP CONSTRAINT \"consortia_lead_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"consortia\" DROP CONSTRAINT \"consortia_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"consortia\" DROP CONSTRAINT \"consortia_opportunity_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"consortia\" DROP CONSTRAINT \"consortia_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"opportunity_interests\" DROP CONSTRAINT \"opportunity_interests_created_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"opportunity_interests\" DROP CONSTRAINT \"opportunity_interests_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"opportunity_interests\" DROP CONSTRAINT \"opportunity_interests_opportunity_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"opportunities\" DROP CONSTRAINT \"opportunities_created_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"opportunities\" DROP CONSTRAINT \"opportunities_network_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"deadline_reminders_organisation_id_idx\"");
    await queryRunner.query("DROP TABLE \"deadline_reminders\"");
    await queryRunner.query("DROP TYPE \"public\".\"deadline_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"consortium_members_organisation_id_idx\"");
    await queryRunner.query("DROP TABLE \"consortium_members\"");
    await queryRunner.query("DROP TYPE \"public\".\"consortium_member_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"consortia_opportunity_id_idx\"");
    await queryRunner.query("DROP TABLE \"consortia\"");
    await queryRunner.query("DROP TYPE \"public\".\"consortium_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"opportunity_interests_listing_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"opportunity_interests_organisation_id_idx\"");
    await queryRunner.query("DROP TABLE \"opportunity_interests\"");
    // Shared by opportunity_interests and consortium_members: dropped once both are gone.
    await queryRunner.query("DROP TYPE \"public\".\"consortium_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"opportunities_network_deadline_idx\"");
    await queryRunner.query("DROP TABLE \"opportunities\"");
  }
}
