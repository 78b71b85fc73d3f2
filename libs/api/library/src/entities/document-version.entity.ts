import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { DocumentEntity } from './document.entity';

/** Where a version's text for search stands. */
export enum DocumentTextStatus {
  /** Waiting for (or between attempts of) the extraction job. */
  PENDING = 'PENDING',
  DONE = 'DONE',
  /** Every attempt failed; `textError` says why. */
  FAILED = 'FAILED',
  /** Not a type we read text from (images, spreadsheets, presentations). */
  UNSUPPORTED = 'UNSUPPORTED',
  /** Larger than the extraction limit. */
  SKIPPED = 'SKIPPED',
}

@Entity('document_versions')
@Unique('document_versions_document_number_key', ['documentId', 'number'])
export class DocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'document_versions_document_id_fkey' })
  document?: DocumentEntity;

  @Column({ type: 'integer' })
  number: number;

  /** Server-chosen; never derived from the user's filename. */
  @Column({ name: 'object_key', type: 'varchar', length: 300 })
  objectKey: string;

  @Column({ type: 'varchar', length: 255 })
  filename: string;

  @Column({ name: 'content_type', type: 'varchar', length: 120 })
  contentType: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'uploaded_by_id', type: 'uuid' })
  uploadedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'document_versions_uploaded_by_id_fkey' })
  uploadedBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** When the file itself was last changed, where known (an imported zip entry's date). */
  @Column({ name: 'file_modified_at', type: 'timestamptz', precision: 3, nullable: true })
  fileModifiedAt: Date | null;

  /** Plain text for search (capped); up to a megabyte, so never loaded unless asked for. */
  @Column({ type: 'text', nullable: true, select: false })
  text?: string | null;

  @Column({ name: 'text_status', type: 'enum', enum: DocumentTextStatus, enumName: 'document_text_status', default: DocumentTextStatus.PENDING })
  textStatus: DocumentTextStatus;

  @Column({ name: 'text_attempts', type: 'integer', default: 0 })
  textAttempts: number;

  @Column({ name: 'text_error', type: 'varchar', length: 500, nullable: true })
  textError: string | null;

  @Column({ name: 'text_extracted_at', type: 'timestamptz', precision: 3, nullable: true })
  textExtractedAt: Date | null;
}
