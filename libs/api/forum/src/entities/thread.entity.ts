import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { NetworkEntity, SpaceEntity } from '@community-hub/api-networks';
import { HoldStatus } from './hold-status';

@Entity('threads')
// The thread list: pinned first, then newest activity, per space.
@Index('threads_space_listing_idx', ['spaceId', 'pinned', 'lastActivityAt', 'id'])
// Search ranks the most recent matches (SearchService, SEARCH_CANDIDATES): walked newest first.
@Index('threads_created_at_idx', ['createdAt', 'id'])
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'space_id', type: 'uuid' })
  spaceId: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'threads_space_id_fkey' })
  space?: SpaceEntity;

  /** The network the space belongs to (a consortium workspace sits inside one). */
  @Index('threads_network_id_idx')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'threads_network_id_fkey' })
  network?: NetworkEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Full-text search of the title (weight A). Kept by a trigger (setweight(to_tsvector('english', title), 'A')); searched through the GIN index threads_search_idx. */
  @Index('threads_search_idx', { synchronize: false })
  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  searchVector?: string;

  @Index('threads_tags_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'threads_author_id_fkey' })
  author?: UserEntity;

  @Column({ name: 'last_poster_id', type: 'uuid' })
  lastPosterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'last_poster_id', foreignKeyConstraintName: 'threads_last_poster_id_fkey' })
  lastPoster?: UserEntity;

  /** Every post ever added, removed ones included: posts are numbered 1..postCount. */
  @Column({ name: 'post_count', type: 'integer', default: 0 })
  postCount: number;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  @Column({ type: 'boolean', default: false })
  locked: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'last_activity_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  lastActivityAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /** A newcomer's new thread held for a coordinator's approval (with its opening post); null once published. */
  @Column({ name: 'hold_status', type: 'enum', enum: HoldStatus, enumName: 'hold_status', nullable: true })
  holdStatus: HoldStatus | null;
}
