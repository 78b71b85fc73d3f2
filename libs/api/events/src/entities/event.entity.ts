import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { NetworkEntity, OrganisationEntity, SpaceEntity } from '@community-hub/api-networks';
import { EventDetails, EventStatus } from './event-details';
import type { EventSeriesEntity } from './event-series.entity';

/** One event, or one occurrence of a series. Times are UTC instants. */
@Entity('events')
// The calendar of a space: by start time.
@Index('events_space_starts_idx', ['spaceId', 'startsAt', 'id'])
@Index('events_network_starts_idx', ['networkId', 'startsAt'])
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'space_id', type: 'uuid' })
  spaceId: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'events_space_id_fkey' })
  space?: SpaceEntity;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'events_network_id_fkey' })
  network?: NetworkEntity;

  @Index('events_series_id_idx')
  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne('EventSeriesEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'events_series_id_fkey' })
  series?: EventSeriesEntity | null;

  /** For an occurrence: the start the rule gave it (its iCalendar RECURRENCE-ID), kept when it is moved. */
  @Column({ name: 'occurrence_start', type: 'timestamptz', precision: 3, nullable: true })
  occurrenceStart: Date | null;

  /** An occurrence edited on its own ("this occurrence"): series edits leave it alone. */
  @Column({ type: 'boolean', default: false })
  detached: boolean;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column(() => EventDetails, { prefix: false })
  details: EventDetails;

  /** Full-text search: title (A), description (B), venue (C). Kept by a trigger (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'B') || setweight(to_tsvector('english', location), 'C')); searched through the GIN index events_search_idx. */
  @Index('events_search_idx', { synchronize: false })
  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  searchVector?: string;

  /** The organisation running it (one its organiser represents). */
  @Column({ name: 'organiser_organisation_id', type: 'uuid', nullable: true })
  organiserOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organiser_organisation_id', foreignKeyConstraintName: 'events_organiser_organisation_id_fkey' })
  organiserOrganisation?: OrganisationEntity | null;

  @Column({ name: 'organiser_id', type: 'uuid' })
  organiserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organiser_id', foreignKeyConstraintName: 'events_organiser_id_fkey' })
  organiser?: UserEntity;

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.SCHEDULED })
  status: EventStatus;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 1000, default: '' })
  cancelReason: string;

  /** iCalendar SEQUENCE: bumped on every change a calendar should pick up. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
