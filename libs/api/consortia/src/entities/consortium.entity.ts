import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { NetworkEntity, OrganisationEntity, SpaceEntity } from '@community-hub/api-networks';
import { OpportunityEntity } from './opportunity.entity';

export enum ConsortiumStatus {
  FORMING = 'FORMING',
  SUBMITTED = 'SUBMITTED',
  WON = 'WON',
  LOST = 'LOST',
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * Organisations bidding together for one opportunity. Its id is also the id
 * of its private workspace (a CONSORTIUM space in the opportunity's network).
 */
@Entity('consortia')
@Unique('consortia_opportunity_lead_key', ['opportunityId', 'leadOrganisationId'])
export class ConsortiumEntity {
  @PrimaryColumn('uuid')
  id: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'id', foreignKeyConstraintName: 'consortia_id_fkey' })
  space?: SpaceEntity;

  @Index('consortia_opportunity_id_idx')
  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'consortia_opportunity_id_fkey' })
  opportunity?: OpportunityEntity;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'consortia_network_id_fkey' })
  network?: NetworkEntity;

  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Column({ name: 'lead_organisation_id', type: 'uuid' })
  leadOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lead_organisation_id', foreignKeyConstraintName: 'consortia_lead_organisation_id_fkey' })
  leadOrganisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: ConsortiumStatus, enumName: 'consortium_status', default: ConsortiumStatus.FORMING })
  status: ConsortiumStatus;

  /** What happened (e.g. "Awarded lot 2 for three years"), recorded with the status. */
  @Column({ type: 'text', default: '' })
  outcome: string;

  /** The funder's feedback on the bid. */
  @Column({ type: 'text', default: '' })
  feedback: string;

  @Column({ name: 'status_changed_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  statusChangedAt: Date;

  /** Goes up with every change to the agreement: sign-offs of earlier versions no longer count. 0: not drafted. */
  @Column({ name: 'agreement_version', type: 'integer', default: 0 })
  agreementVersion: number;

  @Column({ name: 'data_sharing', type: 'text', default: '' })
  dataSharing: string;

  @Column({ name: 'exit_terms', type: 'text', default: '' })
  exitTerms: string;

  @Column({ name: 'agreement_updated_at', type: 'timestamptz', precision: 3, nullable: true })
  agreementUpdatedAt: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'consortia_created_by_id_fkey' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
