import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { NetworkEntity } from '@community-hub/api-networks';

export enum ReportKind {
  POST = 'POST',
  THREAD = 'THREAD',
  DOCUMENT = 'DOCUMENT',
  EVENT = 'EVENT',
  USER = 'USER',
}

export enum ReportReason {
  SPAM = 'SPAM',
  ABUSE = 'ABUSE',
  ILLEGAL = 'ILLEGAL',
  PRIVACY = 'PRIVACY',
  OTHER = 'OTHER',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

export enum ReportAction {
  DISMISS = 'DISMISS',
  REMOVE_CONTENT = 'REMOVE_CONTENT',
  SUSPEND_AUTHOR = 'SUSPEND_AUTHOR',
}

/**
 * Who handles a report: a network's coordinators, a consortium's lead (reports
 * about its private workspace never reach the network), or the platform's
 * admins (reports about a person's profile).
 */
export enum ReportAudience {
  NETWORK = 'NETWORK',
  CONSORTIUM = 'CONSORTIUM',
  PLATFORM = 'PLATFORM',
}

/** Someone's report about a thing they could see; one open report per reporter and thing. */
@Entity('reports')
@Index('reports_open_once_key', ['reporterId', 'kind', 'targetId'], { unique: true, where: `"status" = 'OPEN'` })
@Index('reports_space_status_idx', ['spaceId', 'status', 'createdAt'])
@Index('reports_audience_status_idx', ['audience', 'status', 'createdAt'])
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id', foreignKeyConstraintName: 'reports_reporter_id_fkey' })
  reporter?: UserEntity;

  @Column({ type: 'enum', enum: ReportKind, enumName: 'report_kind' })
  kind: ReportKind;

  /** The post, thread, document, event or person reported. */
  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ type: 'enum', enum: ReportAudience, enumName: 'report_audience' })
  audience: ReportAudience;

  /** The space the thing lives in (null for a person). */
  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId: string | null;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'reports_network_id_fkey' })
  network?: NetworkEntity | null;

  /** Who wrote, uploaded or organised it (the person, for a profile). */
  @Column({ name: 'subject_user_id', type: 'uuid', nullable: true })
  subjectUserId: string | null;

  /** A short excerpt of the thing as it was reported (title or opening words), for the queue. */
  @Column({ type: 'varchar', length: 300, default: '' })
  excerpt: string;

  @Column({ type: 'enum', enum: ReportReason, enumName: 'report_reason' })
  reason: ReportReason;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ type: 'enum', enum: ReportStatus, enumName: 'report_status', default: ReportStatus.OPEN })
  status: ReportStatus;

  @Column({ type: 'enum', enum: ReportAction, enumName: 'report_action', nullable: true })
  action: ReportAction | null;

  @Column({ name: 'resolution_note', type: 'text', default: '' })
  resolutionNote: string;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_id', foreignKeyConstraintName: 'reports_resolved_by_id_fkey' })
  resolvedBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;
}
