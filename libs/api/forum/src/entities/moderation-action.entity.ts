import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { SpaceEntity } from '@community-hub/api-networks';

export enum ModerationActionKind {
  PIN = 'PIN',
  UNPIN = 'UNPIN',
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  RETAG = 'RETAG',
  REMOVE_POST = 'REMOVE_POST',
  /** A held post (or new thread) published. */
  APPROVE_POST = 'APPROVE_POST',
  /** A held post (or new thread) removed without being published. */
  REJECT_POST = 'REJECT_POST',
}

/** Who did what to which thread or post, when and why: readable by coordinators. */
@Entity('moderation_actions')
@Index('moderation_actions_space_idx', ['spaceId', 'createdAt'])
export class ModerationActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'space_id', type: 'uuid' })
  spaceId: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'moderation_actions_space_id_fkey' })
  space?: SpaceEntity;

  @Index('moderation_actions_thread_idx')
  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'moderation_actions_actor_id_fkey' })
  actor?: UserEntity;

  @Column({ type: 'enum', enum: ModerationActionKind, enumName: 'moderation_action_kind' })
  action: ModerationActionKind;

  @Column({ type: 'text', default: '' })
  reason: string;

  /** What changed, e.g. the tags before and after. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
