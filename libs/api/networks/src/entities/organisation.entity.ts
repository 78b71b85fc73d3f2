import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';

export enum OrganisationKind {
  VOLUNTARY = 'VOLUNTARY',
  COMMUNITY = 'COMMUNITY',
  FAITH = 'FAITH',
  PUBLIC = 'PUBLIC',
  BUSINESS = 'BUSINESS',
}

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('organisations_name_idx')
  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Full-text search: name (A), description (B). Kept by a trigger (setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', description), 'B')); searched through the GIN index organisations_search_idx. */
  @Index('organisations_search_idx', { synchronize: false })
  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  searchVector?: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ name: 'charity_number', type: 'varchar', length: 20, nullable: true })
  charityNumber: string | null;

  @Column({ name: 'company_number', type: 'varchar', length: 20, nullable: true })
  companyNumber: string | null;

  @Column({ name: 'areas_served', type: 'text', array: true, default: () => "'{}'" })
  areasServed: string[];

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'organisations_created_by_id_fkey' })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
