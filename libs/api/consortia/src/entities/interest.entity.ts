import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { OrganisationEntity } from '@community-hub/api-networks';
import { ConsortiumRole } from './consortium-role';
import { OpportunityEntity } from './opportunity.entity';

/** "We would partner on this": one per organisation and opportunity (expressing again updates it). */
@Entity('opportunity_interests')
@Unique('opportunity_interests_opportunity_organisation_key', ['opportunityId', 'organisationId'])
@Index('opportunity_interests_listing_idx', ['opportunityId', 'createdAt', 'id'])
export class InterestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'opportunity_id', type: 'uuid' })
  opportunityId: string;

  @ManyToOne(() => OpportunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'opportunity_interests_opportunity_id_fkey' })
  opportunity?: OpportunityEntity;

  @Index('opportunity_interests_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'opportunity_interests_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: ConsortiumRole, enumName: 'consortium_role' })
  role: ConsortiumRole;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  lots: string[];

  @Column({ type: 'text', default: '' })
  capabilities: string;

  @Column({ type: 'text', default: '' })
  capacity: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  areas: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  services: string[];

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'opportunity_interests_created_by_id_fkey' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
