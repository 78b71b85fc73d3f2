import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { HoldStatus } from './hold-status';
import { ThreadEntity } from './thread.entity';

@Entity('posts')
@Unique('posts_thread_position_key', ['threadId', 'position'])
// Search ranks the most recent matches (SearchService, SEARCH_CANDIDATES): walked newest first.
@Index('posts_created_at_idx', ['createdAt', 'id'])
// The moderation queue of held posts, oldest first (a handful at any time).
@Index('posts_held_idx', ['createdAt', 'id'], { where: "hold_status = 'PENDING'" })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'posts_thread_id_fkey' })
  thread?: ThreadEntity;

  /**
   * 1 for the opening post, then 2, 3, ... in order of publishing. A held reply has a
   * negative place (-1, -2, ... in its thread) until approved, when it takes the next one.
   */
  @Column({ type: 'integer' })
  position: number;

  @Index('posts_author_id_idx')
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'posts_author_id_fkey' })
  author?: UserEntity;

  /** Markdown source as written. */
  @Column({ type: 'text' })
  body: string;

  /** Full-text search of the body (weight B). Kept by a trigger (setweight(to_tsvector('english', body), 'B')); searched through the GIN index posts_search_idx. */
  @Index('posts_search_idx', { synchronize: false })
  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  searchVector?: string;

  @Column({ name: 'reply_to_id', type: 'uuid', nullable: true })
  replyToId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reply_to_id', foreignKeyConstraintName: 'posts_reply_to_id_fkey' })
  replyTo?: PostEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', precision: 3, nullable: true })
  editedAt: Date | null;

  /** Soft delete: the post shows as "post removed"; its text is kept for moderators' records. */
  @Column({ name: 'deleted_at', type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by_id', type: 'uuid', nullable: true })
  deletedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'deleted_by_id', foreignKeyConstraintName: 'posts_deleted_by_id_fkey' })
  deletedBy?: UserEntity | null;

  /** Held for a coordinator's approval (see HoldStatus); null once published. */
  @Column({ name: 'hold_status', type: 'enum', enum: HoldStatus, enumName: 'hold_status', nullable: true })
  holdStatus: HoldStatus | null;
}
