import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { NetworkEntity } from '@community-hub/api-networks';

/** A contract or grant round posted to a network, for organisations to bid on together. */
@Entity('opportunities')
// The board: per network, by submission deadline.
@Index('opportunities_network_deadline_idx', ['networkId', 'deadline', 'id'])
export class OpportunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'opportunities_network_id_fkey' })
  network?: NetworkEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The funder or commissioner. */
  @Column({ type: 'varchar', length: 200 })
  funder: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Total value in pounds, when published. */
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: { to: (v: number | null | undefined) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  value: number | null;

  /** Where the opportunity is published. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  url: string | null;

  /** Submission deadline: the opportunity is closed from then on. */
  @Column({ type: 'timestamptz', precision: 3 })
  deadline: Date;

  @Column({ name: 'clarification_deadline', type: 'timestamptz', precision: 3, nullable: true })
  clarificationDeadline: Date | null;

  @Column({ name: 'expression_of_interest_deadline', type: 'timestamptz', precision: 3, nullable: true })
  expressionOfInterestDeadline: Date | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  lots: string[];

  @Column({ name: 'service_tags', type: 'text', array: true, default: () => "'{}'" })
  serviceTags: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  areas: string[];

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'opportunities_created_by_id_fkey' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
