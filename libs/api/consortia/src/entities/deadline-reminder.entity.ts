import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganisationEntity } from '@community-hub/api-networks';
import { ConsortiumEntity } from './consortium.entity';
import { OpportunityEntity } from './opportunity.entity';

export enum DeadlineKind {
  CLARIFICATION = 'CLARIFICATION',
  EXPRESSION_OF_INTEREST = 'EXPRESSION_OF_INTEREST',
  SUBMISSION = 'SUBMISSION',
}

/**
 * A reminder that a deadline is near, due to an organisation that is interested
 * in the opportunity or bidding for it. Handed to notifications as a notice
 * written in the same transaction as the row (deliveredAt: when that happened).
 */
@Entity('deadline_reminders')
@Unique('deadline_reminders_once_key', ['opportunityId', 'organisationId', 'kind', 'daysBefore'])
export class DeadlineReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'deadline_reminders_opportunity_id_fkey' })
  opportunity?: OpportunityEntity;

  @Index('deadline_reminders_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'deadline_reminders_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  /** Set when the organisation is reminded as a member of this consortium (not only as interested). */
  @Column({ name: 'consortium_id', type: 'uuid', nullable: true })
  consortiumId: string | null;

  @ManyToOne(() => ConsortiumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'deadline_reminders_consortium_id_fkey' })
  consortium?: ConsortiumEntity | null;

  @Column({ type: 'enum', enum: DeadlineKind, enumName: 'deadline_kind' })
  kind: DeadlineKind;

  @Column({ name: 'deadline_at', type: 'timestamptz', precision: 3 })
  deadlineAt: Date;

  @Column({ name: 'days_before', type: 'integer' })
  daysBefore: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt: Date | null;
}
