import { Column } from 'typeorm';

export enum EventStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
}

export enum EventVisibility {
  /** Anyone may see it (when the network is PUBLIC); it is in the network's iCalendar feed. */
  PUBLIC = 'PUBLIC',
  /** Only active members of the network. */
  MEMBERS = 'MEMBERS',
}

/**
 * What an event says about itself. Embedded in both a single event (an
 * occurrence) and a series, whose details its occurrences start from.
 */
export class EventDetails {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown, as written. */
  @Column({ type: 'text', default: '' })
  description: string;

  /** The venue, e.g. "Macclesfield Library, Jordangate". Used for clash warnings. */
  @Column({ type: 'varchar', length: 200, default: '' })
  location: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  address: string;

  @Column({ type: 'boolean', default: false })
  online: boolean;

  @Column({ name: 'online_url', type: 'varchar', length: 2000, nullable: true })
  onlineUrl: string | null;

  @Column({ name: 'accessibility_notes', type: 'text', default: '' })
  accessibilityNotes: string;

  /** Seats, guests included; null when there is no limit. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ type: 'enum', enum: EventVisibility, enumName: 'event_visibility', default: EventVisibility.PUBLIC })
  visibility: EventVisibility;
}

export const EVENT_DETAIL_KEYS = [
  'title',
  'description',
  'location',
  'address',
  'online',
  'onlineUrl',
  'accessibilityNotes',
  'capacity',
  'visibility',
] as const satisfies readonly (keyof EventDetails)[];
