import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { SpaceEntity } from '@community-hub/api-networks';
import { FolderEntity } from './folder.entity';

export enum LibraryImportStatus {
  /** Waiting for the job. */
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  /** Stopped: the zip broke a limit or could not be read (`failureReason`). */
  FAILED = 'FAILED',
}

const count = { type: 'integer' as const, default: 0 };

/**
 * A zip of folders and files becoming folders and documents of a library, by a job
 * (LibraryImportService). The id is that of the pending upload that brought the zip.
 */
@Entity('library_imports')
@Index('library_imports_space_created_idx', ['spaceId', 'createdAt', 'id'])
export class LibraryImportEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'space_id', type: 'uuid' })
  spaceId: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'library_imports_space_id_fkey' })
  space?: SpaceEntity;

  /** Where the zip's top level goes; null: the library's top level. */
  @Column({ name: 'folder_id', type: 'uuid', nullable: true })
  folderId: string | null;

  @ManyToOne(() => FolderEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'folder_id', foreignKeyConstraintName: 'library_imports_folder_id_fkey' })
  folder?: FolderEntity | null;

  /** The zip's name as sent. */
  @Column({ type: 'varchar', length: 255 })
  filename: string;

  /** The zip in object storage while the import needs it; null once done. */
  @Column({ name: 'object_key', type: 'varchar', length: 300, nullable: true })
  objectKey: string | null;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes: number;

  @Column({ type: 'enum', enum: LibraryImportStatus, enumName: 'library_import_status', default: LibraryImportStatus.QUEUED })
  status: LibraryImportStatus;

  /** Entries of the zip (files and folders); known once the job has read its directory. */
  @Column({ name: 'entries_total', ...count })
  entriesTotal: number;

  @Column({ name: 'entries_done', ...count })
  entriesDone: number;

  @Column(count)
  imported: number;

  @Column(count)
  skipped: number;

  /** Why it FAILED: a LibraryImportReason. */
  @Column({ name: 'failure_reason', type: 'varchar', length: 40, nullable: true })
  failureReason: string | null;

  @Column({ name: 'failure_message', type: 'varchar', length: 500, nullable: true })
  failureMessage: string | null;

  @Column({ name: 'started_by_id', type: 'uuid' })
  startedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'started_by_id', foreignKeyConstraintName: 'library_imports_started_by_id_fkey' })
  startedBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}
