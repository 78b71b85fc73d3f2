import { Injectable } from '@nestjs/common';
import { JobQueue, NOTICE_QUEUE, type TransactionConnection } from '@community-hub/api-jobs';

/** Job name of the events domain's notices: written in the transaction of the change, consumed by notifications. */
export const EVENTS_NOTICE = 'notice-events';

interface EventFacts {
  eventId: string;
  title: string;
  spaceId: string;
  networkId: string;
  networkSlug: string;
}

/** A change to events, with everything another domain needs to act on it without reading the events' tables. */
export type EventsNotice =
  | (EventFacts & {
      /** Edited or cancelled by an organiser. */
      change: 'UPDATED' | 'CANCELLED';
      actorId: string;
      /** The event's sequence after the change (each change is told once). */
      sequence: number;
      cancelReason: string;
      /** People going, maybe going or waitlisted, as the change committed. */
      attendeeIds: string[];
    })
  | (EventFacts & {
      /** People moved from the waitlist to GOING. */
      change: 'PROMOTED';
      userIds: string[];
      /** When they were moved (the transaction's time). */
      promotedAt: string;
    });

/** Writes the events domain's notices inside its own transactions. */
@Injectable()
export class EventsNotices {
  constructor(private readonly jobs: JobQueue) {}

  async changed(tx: TransactionConnection, eventIds: string[], change: 'UPDATED' | 'CANCELLED', actorId: string): Promise<void> {
    if (!eventIds.length) return;
    const rows: { id: string; title: string; space_id: string; network_id: string; slug: string; sequence: number; cancel_reason: string; attendees: string[] }[] = await tx.query(
      `SELECT e.id, e.title, e.space_id, e.network_id, n.slug, e.sequence, e.cancel_reason,
              coalesce((SELECT array_agg(r.user_id::text) FROM event_rsvps r WHERE r.event_id = e.id AND r.status IN ('GOING', 'MAYBE', 'WAITLISTED')), '{}') AS attendees
         FROM events e JOIN networks n ON n.id = e.network_id WHERE e.id = ANY($1::uuid[])`,
      [eventIds],
    );
    for (const e of rows) {
      const notice: EventsNotice = {
        change,
        eventId: e.id,
        title: e.title,
        spaceId: e.space_id,
        networkId: e.network_id,
        networkSlug: e.slug,
        actorId,
        sequence: e.sequence,
        cancelReason: e.cancel_reason ?? '',
        attendeeIds: e.attendees,
      };
      await this.jobs.sendWithin(tx, EVENTS_NOTICE, notice, NOTICE_QUEUE);
    }
  }

  async promoted(tx: TransactionConnection, eventId: string, userIds: string[]): Promise<void> {
    if (!userIds.length) return;
    const [e]: { title: string; space_id: string; network_id: string; slug: string; now: Date }[] = await tx.query(
      'SELECT e.title, e.space_id, e.network_id, n.slug, now() AS now FROM events e JOIN networks n ON n.id = e.network_id WHERE e.id = $1',
      [eventId],
    );
    const notice: EventsNotice = {
      change: 'PROMOTED',
      eventId,
      title: e.title,
      spaceId: e.space_id,
      networkId: e.network_id,
      networkSlug: e.slug,
      userIds,
      promotedAt: new Date(e.now).toISOString(),
    };
    await this.jobs.sendWithin(tx, EVENTS_NOTICE, notice, NOTICE_QUEUE);
  }
}
