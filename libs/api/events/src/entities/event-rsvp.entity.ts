import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@community-hub/api-accounts';
import { EventEntity } from './event.entity';

export enum RsvpStatus {
  GOING = 'GOING',
  MAYBE = 'MAYBE',
  NOT_GOING = 'NOT_GOING',
  /** Asked to go when the event was full: first come, first promoted. */
  WAITLISTED = 'WAITLISTED',
}

@Entity('event_rsvps')
@Index('event_rsvps_event_status_idx', ['eventId', 'status', 'waitlistedAt'])
export class EventRsvpEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_rsvps_event_id_fkey' })
  event?: EventEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'event_rsvps_user_id_fkey' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: RsvpStatus, enumName: 'rsvp_status' })
  status: RsvpStatus;

  /** People coming with this person ("+ 2"); they take seats too. */
  @Column({ type: 'integer', default: 0 })
  guests: number;

  /** When they joined the waitlist: its order. */
  @Column({ name: 'waitlisted_at', type: 'timestamptz', precision: 3, nullable: true })
  waitlistedAt: Date | null;

  /** When they were moved from the waitlist to GOING (they are told). */
  @Column({ name: 'promoted_at', type: 'timestamptz', precision: 3, nullable: true })
  promotedAt: Date | null;

  /** Marked by the organiser after the event: true attended, false did not, null not marked. */
  @Column({ type: 'boolean', nullable: true })
  attended: boolean | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
