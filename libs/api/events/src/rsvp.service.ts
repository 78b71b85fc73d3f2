import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, type Caller, conflict, notFound } from '@community-hub/api-common';
import { Permission, SpaceAccessService } from '@community-hub/api-access';
import { EventBus } from '@community-hub/api-pubsub';
import { EventStatus } from './entities/event-details';
import { RsvpStatus } from './entities/event-rsvp.entity';
import { GUESTS_MAX } from './dto/event.input';
import { EventsNotices } from './events.notices';
import { EVENT_UPDATED } from './topics';


interface LockedEvent {
  id: string;
  network_id: string;
  capacity: number | null;
  status: EventStatus;
  ends_at: Date;
}

interface RsvpRow {
  user_id: string;
  status: RsvpStatus;
  guests: number;
  waitlisted_at: Date | null;
}

/**
 * Answers to events, capacity and the waitlist. Every change takes the event's
 * row lock first, so concurrent answers are decided one at a time: an event of
 * capacity 10 never has 11 seats GOING, however many people press the button at
 * once (see the capacity race test).
 */
@Injectable()
export class RsvpService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bus: EventBus,
    private readonly notices: EventsNotices,
    private readonly access: SpaceAccessService,
  ) {}

  /** Records the caller's answer; GOING on a full event joins the waitlist. Anyone who may see the event may answer (with a verified email). */
  async respond(caller: Caller, eventId: string, status: RsvpStatus, guests: number): Promise<{ status: RsvpStatus; promoted: string[] }> {
    await this.access.requireOne(caller, Permission.EVENT_RSVP, eventId);
    if (status === RsvpStatus.WAITLISTED) throw badInput('Answer GOING, MAYBE or NOT_GOING; the waitlist is joined by answering GOING', [{ field: 'status', message: 'not an answer' }]);
    if (!Number.isInteger(guests) || guests < 0 || guests > GUESTS_MAX) throw badInput(`guests must be between 0 and ${GUESTS_MAX}`, [{ field: 'guests', message: `0-${GUESTS_MAX}` }]);
    if (status !== RsvpStatus.GOING && status !== RsvpStatus.MAYBE) guests = 0;
    const result = await this.db.transaction(async (tx) => {
      const event = await this.lockEvent(tx, eventId);
      if (!event) throw notFound('Event');
      if (event.status === EventStatus.CANCELLED) throw conflict('This event was cancelled');
      if (event.ends_at < new Date()) throw conflict('This event has already happened');
      const [previous]: RsvpRow[] = await tx.query('SELECT user_id, status, guests, waitlisted_at FROM event_rsvps WHERE event_id = $1 AND user_id = $2', [
        eventId,
        caller.userId,
      ]);
      let decided: RsvpStatus = status;
      let waitlistedAt: Date | null = null;
      if (status === RsvpStatus.GOING) {
        const free = await this.freeSeats(tx, event, caller.userId);
        // Someone already waiting keeps their turn: a newcomer queues behind them.
        const queue = previous?.status === RsvpStatus.GOING ? false : await this.othersWaiting(tx, eventId, caller.userId);
        if (free === null || (free >= 1 + guests && !queue)) {
          decided = RsvpStatus.GOING;
        } else if (previous?.status === RsvpStatus.GOING) {
          throw conflict(`Only ${Math.max(0, free - 1)} more guest place(s) left; you keep your place with ${previous.guests} guest(s)`);
        } else {
          decided = RsvpStatus.WAITLISTED;
          waitlistedAt = previous?.status === RsvpStatus.WAITLISTED ? previous.waitlisted_at : new Date();
        }
      }
      await tx.query(
        `INSERT INTO event_rsvps (event_id, user_id, status, guests, waitlisted_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (event_id, user_id) DO UPDATE SET status = EXCLUDED.status, guests = EXCLUDED.guests,
           waitlisted_at = EXCLUDED.waitlisted_at, promoted_at = CASE WHEN EXCLUDED.status = 'GOING' AND event_rsvps.status = 'GOING' THEN event_rsvps.promoted_at END, updated_at = now()`,
        [eventId, caller.userId, decided, guests, waitlistedAt],
      );
      const promoted = await this.promoteWaitlist(tx, eventId, event);
      return { status: decided, promoted, networkId: event.network_id };
    });
    await this.bus.publish(EVENT_UPDATED, { eventId, networkId: result.networkId });
    return result;
  }

  /**
   * Moves people from the waitlist to GOING, first come first served, while
   * their party fits. Runs inside the caller's transaction after anything that
   * frees seats (a drop-out, fewer guests, a bigger capacity); `locked` is the
   * event row when the caller already holds its lock.
   */
  async promoteWaitlist(tx: EntityManager, eventId: string, locked?: LockedEvent): Promise<string[]> {
    const event = locked ?? (await this.lockEvent(tx, eventId));
    if (!event || event.status === EventStatus.CANCELLED) return [];
    const waiting: RsvpRow[] = await tx.query(
      "SELECT user_id, status, guests, waitlisted_at FROM event_rsvps WHERE event_id = $1 AND status = 'WAITLISTED' ORDER BY waitlisted_at, created_at",
      [eventId],
    );
    if (!waiting.length) return [];
    let free = await this.freeSeats(tx, event);
    const promoted: string[] = [];
    for (const person of waiting) {
      if (free !== null && free < 1 + person.guests) break; // strictly in order: nobody jumps the queue
      promoted.push(person.user_id);
      if (free !== null) free -= 1 + person.guests;
    }
    if (promoted.length) {
      await tx.query(
        "UPDATE event_rsvps SET status = 'GOING', waitlisted_at = NULL, promoted_at = now(), updated_at = now() WHERE event_id = $1 AND user_id = ANY($2::uuid[])",
        [eventId, promoted],
      );
      // The people moved are told through a notice that commits with the move.
      await this.notices.promoted(tx, eventId, promoted);
    }
    return promoted;
  }

  /** The event row, locked until the transaction ends: answers to one event are decided one at a time. */
  private async lockEvent(tx: EntityManager, eventId: string): Promise<LockedEvent | undefined> {
    const [event]: LockedEvent[] = await tx.query('SELECT id, network_id, capacity, status, ends_at FROM events WHERE id = $1 FOR UPDATE', [eventId]);
    return event;
  }

  private async othersWaiting(tx: EntityManager, eventId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query("SELECT 1 FROM event_rsvps WHERE event_id = $1 AND status = 'WAITLISTED' AND user_id <> $2 LIMIT 1", [eventId, userId]);
    return rows.length > 0;
  }

  /** Seats still free (null: no limit), not counting `exceptUserId`'s own answer. */
  private async freeSeats(tx: EntityManager, event: LockedEvent, exceptUserId?: string): Promise<number | null> {
    if (event.capacity === null) return null;
    const [row]: { taken: number }[] = await tx.query(
      `SELECT COALESCE(sum(1 + guests), 0)::int AS taken FROM event_rsvps WHERE event_id = $1 AND status = 'GOING'${exceptUserId ? ' AND user_id <> $2' : ''}`,
      exceptUserId ? [event.id, exceptUserId] : [event.id],
    );
    return event.capacity - row.taken;
  }
}
