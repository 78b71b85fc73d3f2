import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Library1795328862216 implements MigrationInterface {
  name = 'Library1795328862216';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"folders\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"space_id\" uuid NOT NULL, \"parent_id\" uuid, \"name\" character varying(120) NOT NULL, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8578bd31b0e7f6d6c2480dbbca8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"folders_space_parent_idx\" ON \"folders\"  (\"space_id\", \"parent_id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"document_kind\" AS ENUM('MINUTES', 'POLICY', 'TEMPLATE', 'REPORT', 'OTHER')");
    await queryRunner.query("CREATE TABLE \"documents\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"space_id\" uuid NOT NULL, \"network_id\" uuid NOT NULL, \"folder_id\" uuid, \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"kind\" \"public\".\"document_kind\" NOT NULL, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ac51aa5181ee2036f5ca482857c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"documents_space_folder_idx\" ON \"documents\"  (\"space_id\", \"folder_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"document_versions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"document_id\" uuid NOT NULL, \"number\" integer NOT NULL, \"object_key\" character varying(300) NOT NULL, \"filename\" character varying(255) NOT NULL, \"content_type\" character varying(120) NOT NULL, \"size\" bigint NOT NULL, \"sha256\" character(64) NOT NULL, \"uploaded_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"document_versions_document_number_key\" UNIQUE (\"document_id\", \"number\"), CONSTRAINT \"PK_baf26dab035c6d6fc433f9dc6a2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"pending_uploads\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"space_id\" uuid NOT NULL, \"object_key\" character varying(300) NOT NULL, \"filename\" character varying(255) NOT NULL, \"content_type\" character varying(120) NOT NULL, \"size\" bigint NOT NULL, \"created_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"completed_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_d0e9b5ff2b7d70fc4bca7708d0c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"pending_uploads_expires_idx\" ON \"pending_uploads\"  (\"expires_at\") ");
    await queryRunner.query("ALTER TABLE \"folders\" ADD CONSTRAINT \"folders_space_id_fkey\" FOREIGN KEY (\"space_id\") REFERENCES \"spaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"folders\" ADD CONSTRAINT \"folders_parent_id_fkey\" FOREIGN KEY (\"parent_id\") REFERENCES \"folders\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"folders\" ADD CONSTRAINT \"folders_created_by_id_fkey\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"documents\" ADD CONSTRAINT \"documents_space_id_fkey\" FOREIGN KEY (\"space_id\") REFERENCES \"spaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"documents\" ADD CONSTRAINT \"documents_network_id_fkey\" FOREIGN KEY (\"network_id\") REFERENCES \"networks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"documents\" ADD CONSTRAINT \"documents_folder_id_fkey\" FOREIGN KEY (\"folder_id\") REFERENCES \"folders\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"documents\" ADD CONSTRAINT \"documents_created_by_id_fkey\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document_versions\" ADD CONSTRAINT \"document_versions_document_id_fkey\" FOREIGN KEY (\"document_id\") REFERENCES \"documents\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"document_versions\" ADD CONSTRAINT \"document_versions_uploaded_by_id_fkey\" FOREIGN KEY (\"uploaded_by_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"pending_uploads\" ADD CONSTRAINT \"pending_uploads_space_id_fkey\" FOREIGN KEY (\"space_id\") REFERENCES \"spaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"pending_uploads\" ADD CONSTRAINT \"pending_uploads_created_by_id_fkey\" FOREIGN KEY (\"created_by_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"pending_uploads\" DROP CONSTRAINT \"pending_uploads_created_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"pending_uploads\" DROP CONSTRAINT \"pending_uploads_space_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"document_versions\" DROP CONSTRAINT \"document_versions_uploaded_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"document_versions\" DROP CONSTRAINT \"document_versions_document_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP CONSTRAINT \"documents_created_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP CONSTRAINT \"documents_folder_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP CONSTRAINT \"documents_network_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP CONSTRAINT \"documents_space_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"folders\" DROP CONSTRAINT \"folders_created_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"folders\" DROP CONSTRAINT \"folders_parent_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"folders\" DROP CONSTRAINT \"folders_space_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"pending_uploads_expires_idx\"");
    await queryRunner.query("DROP TABLE \"pending_uploads\"");
    await queryRunner.query("DROP TABLE \"document_versions\"");
    await queryRunner.query("DROP INDEX \"public\".\"documents_space_folder_idx\"");
    await queryRunner.query("DROP TABLE \"documents\"");
    await queryRunner.query("DROP TYPE \"public\".\"document_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"folders_space_parent_idx\"");
    await queryRunner.query("DROP TABLE \"folders\"");
  }
}
