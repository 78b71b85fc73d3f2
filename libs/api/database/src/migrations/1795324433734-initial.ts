import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795324433734 implements MigrationInterface {
  name = 'Initial1795324433734';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(254) NOT NULL, \"password_hash\" character varying(255) NOT NULL, \"name\" character varying(120) NOT NULL, \"is_platform_admin\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"users_email_key\" ON \"users\"  (\"email\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"network_visibility\" AS ENUM('PUBLIC', 'PRIVATE')");
    await queryRunner.query("CREATE TABLE \"networks\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"slug\" character varying(60) NOT NULL, \"name\" character varying(120) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"area\" character varying(120) NOT NULL DEFAULT '', \"visibility\" \"public\".\"network_visibility\" NOT NULL DEFAULT 'PUBLIC', \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_61b1ee921bf79550d9d4742b9f7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"networks_slug_key\" ON \"networks\"  (\"slug\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"space_kind\" AS ENUM('NETWORK', 'CONSORTIUM')");
    await queryRunner.query("CREATE TABLE \"spaces\" (\"id\" uuid NOT NULL, \"kind\" \"public\".\"space_kind\" NOT NULL, \"network_id\" uuid NOT NULL, CONSTRAINT \"PK_dbe542974aca57afcb60709d4c8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"spaces_network_id_idx\" ON \"spaces\"  (\"network_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"organisation_kind\" AS ENUM('VOLUNTARY', 'COMMUNITY', 'FAITH', 'PUBLIC', 'BUSINESS')");
    await queryRunner.query("CREATE TABLE \"organisations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(160) NOT NULL, \"kind\" \"public\".\"organisation_kind\" NOT NULL, \"description\" text NOT NULL DEFAULT '', \"website\" character varying(300), \"charity_number\" character varying(20), \"company_number\" character varying(20), \"areas_served\" text array NOT NULL DEFAULT '{}', \"created_by_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7bf54cba378d5b2f1d4c10ef4df\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"organisations_name_idx\" ON \"organisations\"  (\"name\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"membership_role\" AS ENUM('MEMBER', 'COORDINATOR', 'ADMIN')");
    await queryRunner.query("CREATE TYPE \"public\".\"membership_status\" AS ENUM('PENDING', 'ACTIVE', 'SUSPENDED')");
    await queryRunner.query("CREATE TABLE \"memberships\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"network_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"role\" \"public\".\"membership_role\" NOT NULL DEFAULT 'MEMBER', \"status\" \"public\".\"membership_status\" NOT NULL, \"organisation_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"memberships_network_user_key\" UNIQUE (\"network_id\", \"user_id\"), CONSTRAINT \"PK_25d28bd932097a9e90495ede7b4\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"memberships_user_id_idx\" ON \"memberships\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"memberships_network_status_idx\" ON \"memberships\"  (\"network_id\", \"status\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"network_organisations\" (\"network_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_00896cb55bbfae1527972fade53\" PRIMARY KEY (\"network_id\", \"organisation_id\"))");
    await queryRunner.query("CREATE INDEX \"network_organisations_organisation_id_idx\" ON \"network_organisations\"  (\"organisation_id\") ");
    await queryRunner.query("CREATE TABLE \"organisation_representatives\" (\"organisation_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e74051d550273ecc8270ad1cd26\" PRIMARY KEY (\"organisation_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"organisation_representatives_user_id_idx\" ON \"organisation_representatives\"  (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"spaces\" ADD CONSTRAINT \"spaces_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organisations\" ADD CONSTRAINT \"organisations_created_by_id_fkey\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"memberships_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"memberships_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"memberships\" ADD CONSTRAINT \"memberships_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"network_organisations\" ADD CONSTRAINT \"network_organisations_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"network_organisations\" ADD CONSTRAINT \"network_organisations_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organisation_representatives\" ADD CONSTRAINT \"organisation_representatives_organisation_id_fkey\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"organisation_representatives\" ADD CONSTRAINT \"organisation_representatives_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"organisation_representatives\" DROP CONSTRAINT \"organisation_representatives_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"organisation_representatives\" DROP CONSTRAINT \"organisation_representatives_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"network_organisations\" DROP CONSTRAINT \"network_organisations_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"network_organisations\" DROP CONSTRAINT \"network_organisations_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"memberships_organisation_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"memberships_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"memberships\" DROP CONSTRAINT \"memberships_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"organisations\" DROP CONSTRAINT \"organisations_created_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"spaces\" DROP CONSTRAINT \"spaces_network_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"organisation_representatives_user_id_idx\"");
    await queryRunner.query("DROP TABLE \"organisation_representatives\"");
    await queryRunner.query("DROP INDEX \"public\".\"network_organisations_organisation_id_idx\"");
    await queryRunner.query("DROP TABLE \"network_organisations\"");
    await queryRunner.query("DROP INDEX \"public\".\"memberships_network_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"memberships_user_id_idx\"");
    await queryRunner.query("DROP TABLE \"memberships\"");
    await queryRunner.query("DROP TYPE \"public\".\"membership_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"membership_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"organisations_name_idx\"");
    await queryRunner.query("DROP TABLE \"organisations\"");
    await queryRunner.query("DROP TYPE \"public\".\"organisation_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"spaces_network_id_idx\"");
    await queryRunner.query("DROP TABLE \"spaces\"");
    await queryRunner.query("DROP TYPE \"public\".\"space_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"networks_slug_key\"");
    await queryRunner.query("DROP TABLE \"networks\"");
    await queryRunner.query("DROP TYPE \"public\".\"network_visibility\"");
    await queryRunner.query("DROP INDEX \"public\".\"users_email_key\"");
    await queryRunner.query("DROP TABLE \"users\"");
  }
}
