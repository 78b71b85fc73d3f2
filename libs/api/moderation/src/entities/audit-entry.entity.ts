import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { NetworkEntity } from '@community-hub/api-networks';

/**
 * One moderation action, whoever took it and wherever: resolving a report, the
 * forum's pins, locks and removals, suspending a membership, a platform
 * suspension (network null: platform admins only). Kept for the record.
 */
@Entity('moderation_audit')
@Index('moderation_audit_network_idx', ['networkId', 'createdAt', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'moderation_audit_network_id_fkey' })
  network?: NetworkEntity | null;

  /** Where it happened (a consortium's workspace, or the network's own space). */
  @Column({ name: 'space_id', type: 'uuid', nullable: true })
  spaceId: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'moderation_audit_actor_id_fkey' })
  actor?: UserEntity | null;

  /** E.g. REPORT_DISMISSED, REPORT_CONTENT_REMOVED, PIN, LOCK, REMOVE_POST, MEMBERSHIP_SUSPENDED, PLATFORM_SUSPENDED. */
  @Column({ type: 'varchar', length: 40 })
  action: string;

  /** What it was done to: POST, THREAD, DOCUMENT, EVENT, USER, MEMBERSHIP, REPORT. */
  @Column({ name: 'subject_kind', type: 'varchar', length: 20 })
  subjectKind: string;

  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'text', default: '' })
  note: string;

  /** Set when the entry comes from another domain's notice: handling it twice writes it once. */
  @Index('moderation_audit_source_key', { unique: true })
  @Column({ name: 'source_key', type: 'varchar', length: 100, nullable: true })
  sourceKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
