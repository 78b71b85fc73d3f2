import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';

/** The public statements the web client serves at /accessibility, /privacy and /terms. */
export enum StatementKind {
  ACCESSIBILITY = 'ACCESSIBILITY',
  PRIVACY = 'PRIVACY',
  TERMS = 'TERMS',
}

/**
 * One published version of a statement's text (Markdown). Versions are only ever added:
 * the newest is what the site shows, the older ones are the record of what people were
 * shown (and, for the terms, what they accepted). Version 1 is the default text in the
 * repository (`defaults/*.md`) and has no row.
 */
@Entity('statement_versions')
export class StatementVersionEntity {
  @PrimaryColumn({ type: 'enum', enum: StatementKind, enumName: 'statement_kind' })
  kind: StatementKind;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'statement_versions_published_by_id_fkey' })
  publishedBy?: UserEntity | null;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz', precision: 3 })
  publishedAt: Date;
}
