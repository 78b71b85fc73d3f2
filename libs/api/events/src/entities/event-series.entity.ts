import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { NetworkEntity, OrganisationEntity, SpaceEntity } from '@community-hub/api-networks';
import { EventDetails, EventStatus } from './event-details';

/**
 * A repeating event ("Knit & Natter every Tuesday"): the rule, the first
 * occurrence's times, and the details each occurrence starts from. Its
 * occurrences are rows of `events` (so RSVPs, capacity and cancellation work
 * per occurrence); the iCalendar feed publishes the series as one VEVENT with
 * RRULE, EXDATE for cancelled occurrences and overrides for edited ones.
 */
@Entity('event_series')
export class EventSeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'space_id', type: 'uuid' })
  spaceId: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'event_series_space_id_fkey' })
  space?: SpaceEntity;

  @Index('event_series_network_id_idx')
  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id', foreignKeyConstraintName: 'event_series_network_id_fkey' })
  network?: NetworkEntity;

  /** RRULE without DTSTART (e.g. FREQ=WEEKLY;COUNT=10), read in Europe/London from the first start. */
  @Column({ type: 'varchar', length: 500 })
  rrule: string;

  @Column({ name: 'first_starts_at', type: 'timestamptz', precision: 3 })
  firstStartsAt: Date;

  @Column({ name: 'first_ends_at', type: 'timestamptz', precision: 3 })
  firstEndsAt: Date;

  @Column(() => EventDetails, { prefix: false })
  details: EventDetails;

  /** The organisation running it (one its organiser represents). */
  @Column({ name: 'organiser_organisation_id', type: 'uuid', nullable: true })
  organiserOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organiser_organisation_id', foreignKeyConstraintName: 'event_series_organiser_organisation_id_fkey' })
  organiserOrganisation?: OrganisationEntity | null;

  @Column({ name: 'organiser_id', type: 'uuid' })
  organiserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organiser_id', foreignKeyConstraintName: 'event_series_organiser_id_fkey' })
  organiser?: UserEntity;

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.SCHEDULED })
  status: EventStatus;

  /** iCalendar SEQUENCE of the series' VEVENT: bumped on every change. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
