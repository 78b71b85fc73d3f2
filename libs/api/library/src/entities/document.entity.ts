import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { NetworkEntity, SpaceEntity } from '@community-hub/api-networks';
import { FolderEntity } from './folder.entity';

export enum DocumentKind {
  MINUTES = 'MINUTES',
  POLICY = 'POLICY',
  TEMPLATE = 'TEMPLATE',
  REPORT = 'REPORT',
  OTHER = 'OTHER',
}

@Entity('documents')
@Index('documents_space_folder_idx', ['spaceId', 'folderId', 'createdAt'])
// Search ranks the most recent matches (SearchService, SEARCH_CANDIDATES): walked newest first.
@Index('documents_created_at_idx', ['createdAt', 'id'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'space_id', type: 'uuid' })
  spaceId: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'documents_space_id_fkey' })
  space?: SpaceEntity;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'documents_network_id_fkey' })
  network?: NetworkEntity;

  @Column({ name: 'folder_id', type: 'uuid', nullable: true })
  folderId: string | null;

  @ManyToOne(() => FolderEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'folder_id', foreignKeyConstraintName: 'documents_folder_id_fkey' })
  folder?: FolderEntity | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' })
  kind: DocumentKind;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** Who looks after it (e.g. the safeguarding lead for a policy). */
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'documents_owner_id_fkey' })
  owner?: UserEntity | null;

  /** When a policy is due for review. */
  @Column({ name: 'review_date', type: 'date', nullable: true })
  reviewDate: string | null;

  /** For minutes: the date of the meeting. */
  @Column({ name: 'meeting_date', type: 'date', nullable: true })
  meetingDate: string | null;

  /** Soft delete: hidden at once, objects kept for 30 days, then purged. */
  @Column({ name: 'deleted_at', type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by_id', type: 'uuid', nullable: true })
  deletedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'deleted_by_id', foreignKeyConstraintName: 'documents_deleted_by_id_fkey' })
  deletedBy?: UserEntity | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'documents_created_by_id_fkey' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /**
   * English full-text vector: title (weight A), description (B), the current
   * version's extracted text (C). Kept up to date by triggers (see the
   * DocumentText migration), never written by the app.
   */
  @Index('documents_search_vector_idx', { synchronize: false })
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
