import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Library imports (a zip becoming folders and documents): the import with its counts,
 * one row per handled entry (for resuming and the skipped list), and the date a file
 * carried (document_versions.file_modified_at).
 */
export class LibraryImport1798100000001 implements MigrationInterface {
  name = 'LibraryImport1798100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"library_import_status\" AS ENUM('QUEUED', 'RUNNING', 'DONE', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"library_imports\" (\"id\" uuid NOT NULL, \"space_id\" uuid NOT NULL, \"folder_id\" uuid, \"filename\" character varying(255) NOT NULL, \"object_key\" character varying(300), \"size_bytes\" bigint NOT NULL, \"status\" \"public\".\"library_import_status\" NOT NULL DEFAULT 'QUEUED', \"entries_total\" integer NOT NULL DEFAULT '0', \"entries_done\" integer NOT NULL DEFAULT '0', \"imported\" integer NOT NULL DEFAULT '0', \"skipped\" integer NOT NULL DEFAULT '0', \"failure_reason\" character varying(40), \"failure_message\" character varying(500), \"started_by_id\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"finished_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_bce86f3a725c2190816557940ba\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"library_imports_space_created_idx\" ON \"library_imports\"  (\"space_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"library_import_outcome\" AS ENUM('IMPORTED', 'FOLDER', 'SKIPPED')");
    await queryRunner.query("CREATE TABLE \"library_import_items\" (\"import_id\" uuid NOT NULL, \"entry_index\" integer NOT NULL, \"path\" character varying(1000) NOT NULL, \"outcome\" \"public\".\"library_import_outcome\" NOT NULL, \"reason\" character varying(40), \"document_id\" uuid, CONSTRAINT \"PK_67f67cf2cd35be58cc2d3fadaa4\" PRIMARY KEY (\"import_id\", \"entry_index\"))");
    await queryRunner.query("ALTER TABLE \"document_versions\" ADD \"file_modified_at\" TIMESTAMP(3) WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"library_imports\" ADD CONSTRAINT \"library_imports_space_id_fkey\" FOREIGN KEY (\"space_id\") REFERENCES \"spaces\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"library_imports\" ADD CONSTRAINT \"library_imports_folder_id_fkey\" FOREIGN KEY (\"folder_id\") REFERENCES \"folders\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"library_imports\" ADD CONSTRAINT \"library_imports_started_by_id_fkey\" FOREIGN KEY (\"started_by_id\") REFERENCES \"users\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"library_import_items\" ADD CONSTRAINT \"library_import_items_import_id_fkey\" FOREIGN KEY (\"import_id\") REFERENCES \"library_imports\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"library_import_items\" ADD CONSTRAINT \"library_import_items_document_id_fkey\" FOREIGN KEY (\"document_id\") REFERENCES \"documents\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"library_import_items\" DROP CONSTRAINT \"library_import_items_document_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"library_import_items\" DROP CONSTRAINT \"library_import_items_import_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"library_imports\" DROP CONSTRAINT \"library_imports_started_by_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"library_imports\" DROP CONSTRAINT \"library_imports_folder_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"library_imports\" DROP CONSTRAINT \"library_imports_space_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"document_versions\" DROP COLUMN \"file_modified_at\"");
    await queryRunner.query("DROP TABLE \"library_import_items\"");
    await queryRunner.query("DROP TYPE \"public\".\"library_import_outcome\"");
    await queryRunner.query("DROP INDEX \"public\".\"library_imports_space_created_idx\"");
    await queryRunner.query("DROP TABLE \"library_imports\"");
    await queryRunner.query("DROP TYPE \"public\".\"library_import_status\"");
  }
}
