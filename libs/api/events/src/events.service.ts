import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, Repository, SelectQueryBuilder } from 'typeorm';
import {
  badInput,
  byKeys,
  type Caller,
  conflict,
  forbidden,
  notFound,
  type Page,
  PageArgs,
  paginate,
  requestLoader,
  type RequestContext,
} from '@community-hub/api-common';
import { EventBus } from '@community-hub/api-pubsub';
import { callerIdOrNone, Permission, SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { CancelEventInput, CreateEventInput, EventClashesInput, EventsArgs, UpdateEventInput } from './dto/event.input';
import { EVENT_DETAIL_KEYS, EventDetails, EventStatus, EventVisibility } from './entities/event-details';
import { EventRsvpEntity, RsvpStatus } from './entities/event-rsvp.entity';
import { EventSeriesEntity } from './entities/event-series.entity';
import { EventEntity } from './entities/event.entity';
import { EventScope } from './models/event.model';
import { expandRule, parseRule, shiftWallClock, wallClockDifference } from './recurrence';
import { RsvpService } from './rsvp.service';
import { EventsNotices } from './events.notices';
import { EVENT_ADDED, EVENT_UPDATED } from './topics';


const EVENTS_BY_ID = Symbol('events-by-id');
const SERIES_BY_ID = Symbol('event-series-by-id');
const RSVP_COUNTS = Symbol('event-rsvp-counts');
const MY_RSVPS = Symbol('my-event-rsvps');

const MAX_DURATION_MS = 14 * 24 * 3600 * 1000;
const LATEST_START_MS = 5 * 366 * 24 * 3600 * 1000;
const EARLIEST_START_MS = 366 * 24 * 3600 * 1000;

export interface RsvpCounts {
  /** Seats taken by GOING answers, guests included. */
  goingSeats: number;
  waitlisted: number;
  maybe: number;
}


function field(fieldName: string, message: string) {
  return badInput(message, [{ field: fieldName, message }]);
}

/** Same venue for clash warnings: case, spacing and punctuation do not matter. */
function venueKey(location: string): string {
  return location.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Events: create, edit, cancel, list, and the rules about who sees and manages
 * them. RSVPs live in RsvpService (capacity and the waitlist).
 */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @InjectRepository(EventSeriesEntity) private readonly series: Repository<EventSeriesEntity>,
    @InjectRepository(EventRsvpEntity) private readonly rsvps: Repository<EventRsvpEntity>,
    private readonly access: SpaceAccessService,
    private readonly rsvpService: RsvpService,
    private readonly bus: EventBus,
    private readonly notices: EventsNotices,
  ) {}

  // ---- seeing ----------------------------------------------------------------

  /**
   * Events the caller may see: the network is readable to them, and the event
   * is PUBLIC or they are an active member (or platform admin).
   */
  private visible(caller: Caller | null): SelectQueryBuilder<EventEntity> {
    return this.events
      .createQueryBuilder('e')
      .where(`e.space_id IN (${this.access.spacesSql(SpacePermission.READ, ':caller')})`)
      .andWhere(`(e.visibility = 'PUBLIC' OR e.space_id IN (${this.access.spacesSql(SpacePermission.WRITE, ':caller')}))`)
      .setParameter('caller', callerIdOrNone(caller));
  }

  async findEvent(caller: Caller | null, id: string): Promise<EventEntity | null> {
    return this.visible(caller).andWhere('e.id = :id', { id }).getOne();
  }

  async requireEvent(caller: Caller | null, id: string): Promise<EventEntity> {
    const event = await this.findEvent(caller, id);
    if (!event) throw notFound('Event');
    return event;
  }

  /** The signed-in home: the next events (not cancelled, not yet ended) in the caller's networks, soonest first. */
  async upcomingInMySpaces(caller: Caller, first: number): Promise<EventEntity[]> {
    return this.visible(caller)
      .andWhere(`e.space_id IN (${this.access.spacesSql(SpacePermission.WRITE, ':caller')})`)
      .andWhere('e.ends_at >= :now', { now: new Date() })
      .andWhere("e.status <> 'CANCELLED'")
      .orderBy('e.starts_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(Math.max(1, Math.min(first, 20)))
      .getMany();
  }

  /** Upcoming (default) or past events of a network; `from`/`to` narrow the window. */
  async listEvents(caller: Caller | null, networkId: string, args: EventsArgs): Promise<Page<EventEntity>> {
    await this.access.require(caller, SpacePermission.READ, networkId);
    const query = this.visible(caller).andWhere('e.space_id = :networkId', { networkId });
    const now = new Date();
    if (args.past) query.andWhere('e.ends_at < :now', { now });
    else query.andWhere('e.ends_at >= :from', { from: args.from ?? now });
    if (args.past && args.from) query.andWhere('e.ends_at >= :from', { from: args.from });
    if (args.to) query.andWhere('e.starts_at < :to', { to: args.to });
    return paginate(query, args, {
      columns: ['e.starts_at', 'e.id'],
      direction: args.past ? 'DESC' : 'ASC',
      cursorOf: (e) => [e.startsAt.toISOString(), e.id],
    });
  }

  /** Other events in the same network at the same venue overlapping in time (a warning, not an error). */
  async clashes(caller: Caller | null, input: EventClashesInput): Promise<EventEntity[]> {
    const key = venueKey(input.location);
    if (!key || input.endsAt <= input.startsAt) return [];
    const candidates = await this.visible(caller)
      .andWhere('e.space_id = :networkId', { networkId: input.networkId })
      .andWhere("e.status = 'SCHEDULED'")
      .andWhere('e.starts_at < :endsAt AND e.ends_at > :startsAt', { startsAt: input.startsAt, endsAt: input.endsAt })
      .andWhere(input.excludeEventId ? 'e.id <> :exclude' : 'TRUE', { exclude: input.excludeEventId })
      .orderBy('e.starts_at')
      .limit(50)
      .getMany();
    return candidates.filter((e) => venueKey(e.details.location) === key);
  }

  async clashesFor(caller: Caller | null, event: { id: string; networkId: string; startsAt: Date; endsAt: Date; location: string; status: EventStatus }) {
    if (event.status === EventStatus.CANCELLED) return [];
    return this.clashes(caller, { networkId: event.networkId, startsAt: event.startsAt, endsAt: event.endsAt, location: event.location, excludeEventId: event.id });
  }

  /** The organiser (while still a member) and the network's coordinators manage an event (the rule is `Permission.EVENT_MANAGE`). */
  async canManage(context: Pick<RequestContext, 'loaders' | 'caller'>, eventId: string): Promise<boolean> {
    if (!context.caller) return false;
    return this.access.allows(context, Permission.EVENT_MANAGE).load(eventId);
  }

  private async requireAttendeesReadable(caller: Caller | null, eventId: string): Promise<void> {
    // Anonymous callers reach the field on a public event: refused like any non-organiser.
    if (!caller) throw forbidden('Only the organiser or a coordinator can see who is coming');
    await this.access.requireOne(caller, Permission.EVENT_ATTENDEES_READ, eventId);
  }

  /** The event, once the caller may do `permission` to it: NOT_FOUND when they may not see it, FORBIDDEN when they may not act. */
  private async requireEventFor(caller: Caller, id: string, permission: Permission): Promise<EventEntity> {
    await this.access.requireOne(caller, permission, id);
    const event = await this.events.findOneBy({ id });
    if (!event) throw notFound('Event');
    return event;
  }

  // ---- creating and changing -------------------------------------------------

  async createEvent(caller: Caller, input: CreateEventInput): Promise<EventEntity> {
    await this.access.require(caller, SpacePermission.WRITE, input.networkId);
    const details = this.checkedDetails(this.defaults(), input);
    const organiserOrganisationId = await this.checkedOrganisation(caller, input.organiserOrganisationId ?? null, null);
    const times = this.checkedTimes(input.startsAt, input.endsAt);
    const rule = input.recurrence !== undefined && input.recurrence !== null ? parseRule(input.recurrence) : null;
    const occurrences = rule ? expandRule(rule.rrule, times) : [times];
    if (occurrences.some((o) => o.startsAt.getTime() - Date.now() > LATEST_START_MS)) {
      throw field('recurrence', 'The series runs more than five years ahead; end it sooner');
    }
    const created = await this.db.transaction(async (tx) => {
      let seriesId: string | null = null;
      if (rule) {
        const series = await tx.save(
          tx.create(EventSeriesEntity, {
            spaceId: input.networkId,
            networkId: input.networkId,
            rrule: rule.rrule,
            firstStartsAt: times.startsAt,
            firstEndsAt: times.endsAt,
            details,
            organiserOrganisationId,
            organiserId: caller.userId,
          }),
        );
        seriesId = series.id;
      }
      const rows = occurrences.map((o) =>
        tx.create(EventEntity, {
          spaceId: input.networkId,
          networkId: input.networkId,
          seriesId,
          occurrenceStart: seriesId ? o.startsAt : null,
          startsAt: o.startsAt,
          endsAt: o.endsAt,
          details: { ...details },
          organiserOrganisationId,
          organiserId: caller.userId,
        }),
      );
      return tx.save(rows, { chunk: 50 });
    });
    const first = created[0];
    // Live calendars hear of the occurrences they could be showing: the next five weeks' (and always the first).
    const horizon = Date.now() + 35 * 24 * 3600 * 1000;
    for (const occurrence of created.filter((o, i) => i === 0 || o.startsAt.getTime() < horizon)) {
      await this.bus.publish(EVENT_ADDED, { eventId: occurrence.id, networkId: occurrence.networkId });
    }
    return first;
  }

  async updateEvent(caller: Caller, input: UpdateEventInput): Promise<EventEntity> {
    const event = await this.requireEventFor(caller, input.eventId, Permission.EVENT_MANAGE);
    if (event.status === EventStatus.CANCELLED) throw conflict('This event was cancelled; it cannot be changed');
    const patch: Partial<EventDetails> = {};
    for (const key of EVENT_DETAIL_KEYS) if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key];
    const details = this.checkedDetails(event.details, patch);
    const organisation =
      input.organiserOrganisationId === undefined
        ? {}
        : { organiserOrganisationId: await this.checkedOrganisation(caller, input.organiserOrganisationId, event.organiserOrganisationId) };
    const times = this.checkedTimes(input.startsAt ?? event.startsAt, input.endsAt ?? event.endsAt, input.startsAt === undefined);
    const changed = Object.keys(patch) as (keyof EventDetails)[];

    let promoted: Map<string, string[]>;
    if (input.scope === EventScope.WHOLE_SERIES && event.seriesId) {
      promoted = await this.updateSeries(caller, event, details, changed, organisation, times);
    } else {
      promoted = await this.db.transaction(async (tx) => {
        await tx.update(
          EventEntity,
          { id: event.id },
          { details, ...organisation, startsAt: times.startsAt, endsAt: times.endsAt, detached: Boolean(event.seriesId), sequence: () => 'sequence + 1' },
        );
        const reached = new Map([[event.id, await this.rsvpService.promoteWaitlist(tx, event.id)]]);
        await this.notices.changed(tx, [event.id], 'UPDATED', caller.userId);
        return reached;
      });
    }
    // Every occurrence the change reached (one, or the series' occurrences not edited on their own).
    for (const eventId of promoted.keys()) {
      await this.bus.publish(EVENT_UPDATED, { eventId, networkId: event.networkId });
    }
    return (await this.events.findOneBy({ id: event.id }))!;
  }

  /**
   * A change to the whole series: the series' details, and every occurrence not
   * edited on its own. A new start moves every occurrence by the same UK clock
   * time (their RECURRENCE-IDs too, so calendars keep matching them).
   */
  private async updateSeries(
    caller: Caller,
    event: EventEntity,
    details: EventDetails,
    changed: (keyof EventDetails)[],
    organisation: { organiserOrganisationId?: string | null },
    times: { startsAt: Date; endsAt: Date },
  ): Promise<Map<string, string[]>> {
    const shift = wallClockDifference(event.startsAt, times.startsAt);
    const wallDuration = wallClockDifference(times.startsAt, times.endsAt);
    const timesChanged = shift !== 0 || wallDuration !== wallClockDifference(event.startsAt, event.endsAt);
    return this.db.transaction(async (tx) => {
      const promoted = new Map<string, string[]>();
      const series = await tx.findOne(EventSeriesEntity, { where: { id: event.seriesId! }, lock: { mode: 'pessimistic_write' } });
      if (!series) throw notFound('Event');
      const seriesPatch: Partial<EventSeriesEntity> = { details: { ...series.details, ...pick(details, changed) }, ...organisation, sequence: series.sequence + 1 };
      if (timesChanged) {
        seriesPatch.firstStartsAt = shiftWallClock(series.firstStartsAt, shift);
        seriesPatch.firstEndsAt = shiftWallClock(seriesPatch.firstStartsAt, wallDuration);
      }
      await tx.update(EventSeriesEntity, { id: series.id }, seriesPatch);
      const occurrences = await tx.find(EventEntity, { where: { seriesId: series.id }, lock: { mode: 'pessimistic_write' } });
      for (const occurrence of occurrences) {
        const update: Partial<EventEntity> = {};
        if (timesChanged) update.occurrenceStart = shiftWallClock(occurrence.occurrenceStart ?? occurrence.startsAt, shift);
        if (!occurrence.detached || occurrence.id === event.id) {
          update.details = { ...occurrence.details, ...pick(details, changed) };
          Object.assign(update, organisation);
          if (timesChanged) {
            update.startsAt = shiftWallClock(occurrence.startsAt, shift);
            update.endsAt = shiftWallClock(update.startsAt, wallDuration);
          }
        }
        if (!Object.keys(update).length) continue;
        await tx.update(EventEntity, { id: occurrence.id }, { ...update, sequence: occurrence.sequence + 1 });
        if (update.details) promoted.set(occurrence.id, await this.rsvpService.promoteWaitlist(tx, occurrence.id));
      }
      await this.notices.changed(tx, [...promoted.keys()], 'UPDATED', caller.userId);
      return promoted;
    });
  }

  async cancelEvent(caller: Caller, input: CancelEventInput): Promise<EventEntity> {
    const event = await this.requireEventFor(caller, input.eventId, Permission.EVENT_MANAGE);
    const reason = input.reason.trim();
    const cancelled: string[] = await this.db.transaction(async (tx) => {
      if (input.scope === EventScope.WHOLE_SERIES && event.seriesId) {
        // This occurrence and every later one; earlier ones stay as they were.
        const result = await tx
          .createQueryBuilder()
          .update(EventEntity)
          .set({ status: EventStatus.CANCELLED, cancelReason: reason, sequence: () => 'sequence + 1' })
          .where("series_id = :series AND status = 'SCHEDULED' AND (starts_at >= :from OR id = :id)", { series: event.seriesId, from: event.startsAt, id: event.id })
          .returning(['id'])
          .execute();
        const remaining = await tx.count(EventEntity, { where: { seriesId: event.seriesId, status: EventStatus.SCHEDULED } });
        await tx.update(
          EventSeriesEntity,
          { id: event.seriesId },
          remaining ? { sequence: () => 'sequence + 1' } : { status: EventStatus.CANCELLED, sequence: () => 'sequence + 1' },
        );
        const ids = (result.raw as { id: string }[]).map((r) => r.id);
        await this.notices.changed(tx, ids, 'CANCELLED', caller.userId);
        return ids;
      }
      if (event.status === EventStatus.CANCELLED) return [];
      await tx.update(EventEntity, { id: event.id }, { status: EventStatus.CANCELLED, cancelReason: reason, sequence: () => 'sequence + 1' });
      await this.notices.changed(tx, [event.id], 'CANCELLED', caller.userId);
      return [event.id];
    });
    for (const eventId of cancelled) {
      await this.bus.publish(EVENT_UPDATED, { eventId, networkId: event.networkId });
    }
    return (await this.events.findOneBy({ id: event.id }))!;
  }

  private defaults(): EventDetails {
    return {
      title: '',
      description: '',
      location: '',
      address: '',
      online: false,
      onlineUrl: null,
      accessibilityNotes: '',
      capacity: null,
      visibility: EventVisibility.PUBLIC,
    };
  }

  /** Applies `patch` to `base` and checks the result as a whole. */
  private checkedDetails(base: EventDetails, patch: Partial<EventDetails>): EventDetails {
    const d: EventDetails = { ...base };
    for (const key of EVENT_DETAIL_KEYS) if (patch[key] !== undefined) (d as unknown as Record<string, unknown>)[key] = patch[key];
    d.title = (d.title ?? '').trim();
    d.description = d.description ?? '';
    d.location = (d.location ?? '').trim();
    d.address = (d.address ?? '').trim();
    d.accessibilityNotes = (d.accessibilityNotes ?? '').trim();
    d.visibility = d.visibility ?? EventVisibility.PUBLIC;
    d.capacity = d.capacity ?? null;
    if (!d.title) throw field('title', 'The title must not be empty');
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(d.title + d.location + d.address)) throw field('title', 'Control characters are not allowed');
    const url = typeof d.onlineUrl === 'string' ? d.onlineUrl.trim() : '';
    if (url) {
      let parsed: URL | null = null;
      try {
        parsed = new URL(url);
      } catch {
        parsed = null;
      }
      if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) throw field('onlineUrl', 'The joining link must be an http(s) address');
      d.onlineUrl = parsed.toString();
      d.online = true;
    } else {
      d.onlineUrl = null;
    }
    d.online = Boolean(d.online);
    if (!d.location && !d.online) throw field('location', 'Say where it happens: a location, or make it online');
    return d;
  }

  /** The organisation named as organiser: one the caller represents (unless it is unchanged). */
  private async checkedOrganisation(caller: Caller, organisationId: string | null, current: string | null): Promise<string | null> {
    if (!organisationId || organisationId === current) return organisationId;
    const rows: unknown[] = await this.db.query('SELECT 1 FROM organisation_representatives WHERE organisation_id = $1 AND user_id = $2', [
      organisationId,
      caller.userId,
    ]);
    if (!rows.length) throw forbidden('You can only name an organisation you represent as the organiser');
    return organisationId;
  }

  private checkedTimes(startsAt: Date, endsAt: Date, startUnchanged = false): { startsAt: Date; endsAt: Date } {
    if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime())) throw field('startsAt', 'Not a valid date-time');
    if (endsAt <= startsAt) throw field('endsAt', 'The end must be after the start');
    if (endsAt.getTime() - startsAt.getTime() > MAX_DURATION_MS) throw field('endsAt', 'An event lasts at most 14 days');
    if (!startUnchanged) {
      if (startsAt.getTime() - Date.now() > LATEST_START_MS) throw field('startsAt', 'Events can be planned up to five years ahead');
      if (Date.now() - startsAt.getTime() > EARLIEST_START_MS) throw field('startsAt', 'That is more than a year ago');
    }
    return { startsAt, endsAt };
  }

  // ---- per-request loaders ---------------------------------------------------

  eventsById(ctx: RequestContext): DataLoader<string, EventEntity | null> {
    return requestLoader(ctx, EVENTS_BY_ID, () => new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.events.findBy({ id: In([...ids]) }), (e) => e.id)));
  }

  seriesById(ctx: RequestContext): DataLoader<string, EventSeriesEntity | null> {
    return requestLoader(ctx, SERIES_BY_ID, () => new DataLoader(async (ids: readonly string[]) => byKeys(ids, await this.series.findBy({ id: In([...ids]) }), (s) => s.id)));
  }

  rsvpCounts(ctx: RequestContext): DataLoader<string, RsvpCounts> {
    return requestLoader(
      ctx,
      RSVP_COUNTS,
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows: { event_id: string; going_seats: number; waitlisted: number; maybe: number }[] = await this.db.query(
            `SELECT event_id,
                    COALESCE(sum(1 + guests) FILTER (WHERE status = 'GOING'), 0)::int AS going_seats,
                    count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
                    count(*) FILTER (WHERE status = 'MAYBE')::int AS maybe
               FROM event_rsvps WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
            [ids],
          );
          return byKeys(ids, rows, (r) => r.event_id).map((r) => ({ goingSeats: r?.going_seats ?? 0, waitlisted: r?.waitlisted ?? 0, maybe: r?.maybe ?? 0 }));
        }),
    );
  }

  myRsvps(ctx: RequestContext): DataLoader<string, EventRsvpEntity | null> {
    const userId = ctx.caller?.userId;
    return requestLoader(
      ctx,
      MY_RSVPS,
      () =>
        new DataLoader(async (ids: readonly string[]) =>
          userId ? byKeys(ids, await this.rsvps.findBy({ eventId: In([...ids]), userId }), (r) => r.eventId) : ids.map(() => null),
        ),
    );
  }

  // ---- attendees -------------------------------------------------------------

  async attendees(caller: Caller | null, event: EventEntity | { id: string; organiserId: string; spaceId: string }, args: PageArgs & { status?: RsvpStatus }): Promise<Page<EventRsvpEntity>> {
    await this.requireAttendeesReadable(caller, event.id);
    const query = this.rsvps.createQueryBuilder('r').where('r.event_id = :id', { id: event.id });
    if (args.status) query.andWhere('r.status = :status', { status: args.status });
    return paginate(query, args, { columns: ['r.created_at', 'r.user_id'], direction: 'ASC', cursorOf: (r) => [r.createdAt.toISOString(), r.userId] });
  }

  /**
   * The organiser (or a coordinator) marks, once the event has started, whether
   * someone who answered came (`null` clears the mark). Counted in the network report.
   */
  async markAttendance(caller: Caller, eventId: string, userId: string, attended: boolean | null): Promise<EventRsvpEntity> {
    const event = await this.requireEventFor(caller, eventId, Permission.EVENT_MANAGE);
    if (event.startsAt > new Date()) throw conflict('Attendance can be marked once the event has started');
    if (event.status === EventStatus.CANCELLED) throw conflict('This event was cancelled');
    const updated = await this.rsvps.update({ eventId, userId }, { attended });
    if (!updated.affected) throw notFound('Answer');
    return this.rsvps.findOneByOrFail({ eventId, userId });
  }

  /** Rows for the organiser's CSV: everyone who answered, in answer order. */
  async attendeeRows(caller: Caller | null, event: { id: string; organiserId: string; spaceId: string }) {
    await this.requireAttendeesReadable(caller, event.id);
    return this.db.query(
      `SELECT u.name, u.email, r.status, r.guests, r.updated_at, r.waitlisted_at
         FROM event_rsvps r JOIN users u ON u.id = r.user_id
        WHERE r.event_id = $1
        ORDER BY array_position(ARRAY['GOING','WAITLISTED','MAYBE','NOT_GOING']::rsvp_status[], r.status), COALESCE(r.waitlisted_at, r.created_at), u.name`,
      [event.id],
    ) as Promise<{ name: string; email: string; status: RsvpStatus; guests: number; updated_at: Date; waitlisted_at: Date | null }[]>;
  }

  /** Cancelled occurrences and edited occurrences of a series, for the calendar feed. */
  async occurrencesOf(seriesIds: string[]): Promise<EventEntity[]> {
    if (!seriesIds.length) return [];
    return this.events.find({ where: { seriesId: In(seriesIds) }, order: { startsAt: 'ASC' } });
  }
}

function pick(details: EventDetails, keys: (keyof EventDetails)[]): Partial<EventDetails> {
  return Object.fromEntries(keys.map((k) => [k, details[k]])) as Partial<EventDetails>;
}
