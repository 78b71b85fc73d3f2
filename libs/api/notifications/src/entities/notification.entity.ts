import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { NetworkEntity } from '@community-hub/api-networks';

export enum NotificationKind {
  REPLY = 'REPLY',
  MENTION = 'MENTION',
  DOCUMENT_ADDED = 'DOCUMENT_ADDED',
  EVENT_CHANGED = 'EVENT_CHANGED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  MEMBERSHIP_REQUESTED = 'MEMBERSHIP_REQUESTED',
  MEMBERSHIP_APPROVED = 'MEMBERSHIP_APPROVED',
  CONSORTIUM_INVITATION = 'CONSORTIUM_INVITATION',
  CONSORTIUM_RESPONSE = 'CONSORTIUM_RESPONSE',
  OPPORTUNITY_DEADLINE = 'OPPORTUNITY_DEADLINE',
  REPORT_RECEIVED = 'REPORT_RECEIVED',
  REPORT_RESOLVED = 'REPORT_RESOLVED',
  DATA_EXPORT_READY = 'DATA_EXPORT_READY',
  /** A held post of yours was approved (published). */
  POST_APPROVED = 'POST_APPROVED',
  /** A held post of yours was not approved (removed, with the coordinator's note). */
  POST_REJECTED = 'POST_REJECTED',
}

/** Something that happened that one person should know about. */
@Entity('notifications')
// The same happening never notifies the same person twice (several API processes may see it).
@Unique('notifications_user_dedupe_key', ['userId', 'dedupeKey'])
@Index('notifications_user_created_idx', ['userId', 'createdAt', 'id'])
@Index('notifications_unread_thread_idx', ['userId', 'threadId', 'threadPosition'], { where: '"read_at" IS NULL AND "thread_id" IS NOT NULL' })
// The nightly retention purge finds old rows by age alone.
@Index('notifications_created_at_idx', ['createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notifications_user_id_fkey' })
  user?: UserEntity;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'notifications_network_id_fkey' })
  network?: NetworkEntity | null;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  /** One line, e.g. "Mel Member replied in “Allotment waiting list”". */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** A short plain-text excerpt (never Markdown or HTML). */
  @Column({ type: 'varchar', length: 500, default: '' })
  body: string;

  /** Where it is in the web client, e.g. /n/crewe/t/<id>. */
  @Column({ type: 'varchar', length: 500 })
  path: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'notifications_actor_id_fkey' })
  actor?: UserEntity | null;

  /** The thread (and the post's position in it) a reply or mention is about: reading up to it marks it read. */
  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId: string | null;

  @Column({ name: 'thread_position', type: 'int', nullable: true })
  threadPosition: number | null;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  /** Set when an email (immediate or a digest) has taken it: it is never emailed twice. */
  @Column({ name: 'emailed_at', type: 'timestamptz', precision: 3, nullable: true })
  emailedAt: Date | null;

  @Column({ name: 'email_delivery_id', type: 'uuid', nullable: true })
  emailDeliveryId: string | null;
}
