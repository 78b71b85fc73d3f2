import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { OrganisationEntity } from '@community-hub/api-networks';
import { ConsortiumRole } from './consortium-role';
import { ConsortiumEntity } from './consortium.entity';

export enum ConsortiumMemberStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** An organisation in a consortium (the lead included), with its part of the agreement. */
@Entity('consortium_members')
@Unique('consortium_members_consortium_organisation_key', ['consortiumId', 'organisationId'])
export class ConsortiumMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'consortium_id', type: 'uuid' })
  consortiumId: string;

  @ManyToOne(() => ConsortiumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'consortium_members_consortium_id_fkey' })
  consortium?: ConsortiumEntity;

  @Index('consortium_members_organisation_id_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'consortium_members_organisation_id_fkey' })
  organisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: ConsortiumMemberStatus, enumName: 'consortium_member_status' })
  status: ConsortiumMemberStatus;

  @Column({ type: 'enum', enum: ConsortiumRole, enumName: 'consortium_role' })
  role: ConsortiumRole;

  /** What this organisation does in the bid (agreement). */
  @Column({ type: 'text', default: '' })
  responsibilities: string;

  /** Its share of costs or income, in % (agreement). */
  @Column({ name: 'share_percent', type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: { to: (v: number | null | undefined) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  sharePercent: number | null;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'consortium_members_invited_by_id_fkey' })
  invitedBy?: UserEntity | null;

  @Column({ name: 'responded_at', type: 'timestamptz', precision: 3, nullable: true })
  respondedAt: Date | null;

  /** The agreement version this organisation signed off (null: not signed). */
  @Column({ name: 'signed_version', type: 'integer', nullable: true })
  signedVersion: number | null;

  @Column({ name: 'signed_at', type: 'timestamptz', precision: 3, nullable: true })
  signedAt: Date | null;

  @Column({ name: 'signed_by_id', type: 'uuid', nullable: true })
  signedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'signed_by_id', foreignKeyConstraintName: 'consortium_members_signed_by_id_fkey' })
  signedBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
