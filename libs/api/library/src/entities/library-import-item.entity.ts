import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { DocumentEntity } from './document.entity';
import { LibraryImportEntity } from './library-import.entity';

export enum LibraryImportOutcome {
  IMPORTED = 'IMPORTED',
  /** A folder entry (its folder found or made). */
  FOLDER = 'FOLDER',
  SKIPPED = 'SKIPPED',
}

/**
 * One entry of an import's zip, once handled: written in the same transaction as
 * what it made, so a job that stopped part-way resumes after the last one written.
 */
@Entity('library_import_items')
export class LibraryImportItemEntity {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId: string;

  @ManyToOne(() => LibraryImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'library_import_items_import_id_fkey' })
  import?: LibraryImportEntity;

  /** Position in the zip's central directory (0-based). */
  @PrimaryColumn({ name: 'entry_index', type: 'integer' })
  entryIndex: number;

  /** The entry's path as decoded (never used as a storage key). */
  @Column({ type: 'varchar', length: 1000 })
  path: string;

  @Column({ type: 'enum', enum: LibraryImportOutcome, enumName: 'library_import_outcome' })
  outcome: LibraryImportOutcome;

  /** For SKIPPED: a LibraryImportReason. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  reason: string | null;

  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  @ManyToOne(() => DocumentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'library_import_items_document_id_fkey' })
  document?: DocumentEntity | null;
}
