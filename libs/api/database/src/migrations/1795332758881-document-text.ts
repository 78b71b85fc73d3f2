import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentText1795332758881 implements MigrationInterface {
  name = 'DocumentText1795332758881';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"documents\" ADD \"search_vector\" tsvector");
    await queryRunner.query("ALTER TABLE \"document_versions\" ADD \"text\" text");
    await queryRunner.query("CREATE TYPE \"public\".\"document_text_status\" AS ENUM('PENDING', 'DONE', 'FAILED', 'UNSUPPORTED', 'SKIPPED')");
    await queryRunner.query("ALTER TABLE \"document_versions\" ADD \"text_status\" \"public\".\"document_text_status\" NOT NULL DEFAULT 'PENDING'");
    await queryRunner.query("ALTER TABLE \"document_versions\" ADD \"text_attempts\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"document_versions\" ADD \"text_error\" character varying(500)");
    await queryRunner.query("ALTER TABLE \"document_versions\" ADD \"text_extracted_at\" TIMESTAMP(3) WITH TIME ZONE");
    // Hand-written from here: the search vector is kept by triggers, which TypeORM does not model.
    await queryRunner.query(`
      CREATE FUNCTION document_search_vector(doc_id uuid, title text, description text) RETURNS tsvector
      LANGUAGE plpgsql STABLE AS $$
      DECLARE
        body text;
        heading tsvector := setweight(to_tsvector('english', coalesce(title, '')), 'A')
          || setweight(to_tsvector('english', coalesce(description, '')), 'B');
      BEGIN
        SELECT v.text INTO body FROM document_versions v WHERE v.document_id = doc_id ORDER BY v.number DESC LIMIT 1;
        BEGIN
          RETURN heading || setweight(to_tsvector('english', coalesce(body, '')), 'C');
        EXCEPTION WHEN program_limit_exceeded THEN
          -- A tsvector holds at most 1 MB: for a text with that many distinct words, index its start.
          RETURN heading || setweight(to_tsvector('english', left(body, 100000)), 'C');
        END;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION documents_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := document_search_vector(NEW.id, NEW.title, NEW.description);
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER documents_search_vector_update BEFORE INSERT OR UPDATE OF title, description ON documents FOR EACH ROW EXECUTE FUNCTION documents_search_vector_trigger()',
    );
    await queryRunner.query(`
      CREATE FUNCTION document_versions_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE documents d SET search_vector = document_search_vector(d.id, d.title, d.description) WHERE d.id = NEW.document_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER document_versions_search_vector_update AFTER INSERT OR UPDATE OF text ON document_versions FOR EACH ROW EXECUTE FUNCTION document_versions_search_vector_trigger()',
    );
    await queryRunner.query('CREATE INDEX "documents_search_vector_idx" ON "documents" USING gin ("search_vector")');
    await queryRunner.query('UPDATE documents d SET search_vector = document_search_vector(d.id, d.title, d.description)');
    // Versions from before text extraction: those of readable types wait for the job (queued again by the cleanup run).
    await queryRunner.query(
      `UPDATE document_versions SET text_status = 'UNSUPPORTED' WHERE content_type NOT IN ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.oasis.opendocument.text', 'text/plain', 'text/csv')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "documents_search_vector_idx"');
    await queryRunner.query('DROP TRIGGER document_versions_search_vector_update ON document_versions');
    await queryRunner.query('DROP FUNCTION document_versions_search_vector_trigger()');
    await queryRunner.query('DROP TRIGGER documents_search_vector_update ON documents');
    await queryRunner.query('DROP FUNCTION documents_search_vector_trigger()');
    await queryRunner.query('DROP FUNCTION document_search_vector(uuid, text, text)');
    await queryRunner.query("ALTER TABLE \"document_versions\" DROP COLUMN \"text_extracted_at\"");
    await queryRunner.query("ALTER TABLE \"document_versions\" DROP COLUMN \"text_error\"");
    await queryRunner.query("ALTER TABLE \"document_versions\" DROP COLUMN \"text_attempts\"");
    await queryRunner.query("ALTER TABLE \"document_versions\" DROP COLUMN \"text_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"document_text_status\"");
    await queryRunner.query("ALTER TABLE \"document_versions\" DROP COLUMN \"text\"");
    await queryRunner.query("ALTER TABLE \"documents\" DROP COLUMN \"search_vector\"");
  }
}
