import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import { type Caller, IdArg, mapPage, type Page, PageArgs, type RequestContext } from '@community-hub/api-common';
import { AllowAnonymous, CurrentCaller } from '@community-hub/api-auth';
import { AccountsService, User } from '@community-hub/api-accounts';
import { Network, NetworksService, Organisation, OrganisationsService } from '@community-hub/api-networks';
import { CancelEventInput, CreateEventInput, EventClashesInput, EventsArgs, UpdateEventInput } from './dto/event.input';
import { RsvpStatus } from './entities/event-rsvp.entity';
import { EventsLiveService } from './events-live.service';
import { EventsService } from './events.service';
import { Event, EventConnection, EventSeries, Rsvp, RsvpConnection } from './models/event.model';
import { parseRule, EVENT_TIME_ZONE } from './recurrence';
import { RsvpService } from './rsvp.service';

/** A spreadsheet cell that starts like a formula is shown as text (CSV injection). */
function cell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

@Resolver(() => Event)
export class EventsResolver {
  constructor(
    private readonly events: EventsService,
    private readonly rsvps: RsvpService,
    private readonly live: EventsLiveService,
    private readonly accounts: AccountsService,
    private readonly networkService: NetworksService,
    private readonly organisations: OrganisationsService,
  ) {}

  @AllowAnonymous()
  @Query(() => Event, { nullable: true, description: 'Null when it does not exist or the caller may not see it.' })
  async event(@CurrentCaller() caller: Caller | null, @IdArg('id') id: string): Promise<Event | null> {
    const event = await this.events.findEvent(caller, id);
    return event ? Event.from(event) : null;
  }

  @Query(() => [Event], { description: "The signed-in home: the next events in the caller's networks, soonest first (at most 20; cancelled ones left out)." })
  async myUpcomingEvents(@CurrentCaller() caller: Caller, @Args('first', { type: () => Int, defaultValue: 5 }) first: number): Promise<Event[]> {
    return (await this.events.upcomingInMySpaces(caller, first)).map(Event.from);
  }

  @Query(() => [Event], { description: 'Events at the same venue overlapping a planned time: a warning to show before saving.' })
  async eventClashes(@CurrentCaller() caller: Caller, @Args('input') input: EventClashesInput): Promise<Event[]> {
    return (await this.events.clashes(caller, input)).map(Event.from);
  }

  @Mutation(() => Event, { description: 'Members publicise an event; with `recurrence`, a series (the first occurrence is returned).' })
  async createEvent(@CurrentCaller() caller: Caller, @Args('input') input: CreateEventInput): Promise<Event> {
    return Event.from(await this.events.createEvent(caller, input));
  }

  @Mutation(() => Event, { description: 'The organiser or a coordinator edits an event, one occurrence or the whole series.' })
  async updateEvent(@CurrentCaller() caller: Caller, @Args('input') input: UpdateEventInput): Promise<Event> {
    return Event.from(await this.events.updateEvent(caller, input));
  }

  @Mutation(() => Event, { description: 'The organiser or a coordinator cancels an event (or the rest of a series).' })
  async cancelEvent(@CurrentCaller() caller: Caller, @Args('input') input: CancelEventInput): Promise<Event> {
    return Event.from(await this.events.cancelEvent(caller, input));
  }

  @Mutation(() => Event, { description: 'Answers an event. GOING on a full event puts the caller on the waitlist (myRsvp: WAITLISTED).' })
  async rsvp(
    @CurrentCaller() caller: Caller,
    @IdArg('eventId') eventId: string,
    @Args('status', { type: () => RsvpStatus }) status: RsvpStatus,
    @Args('guests', { type: () => Int, defaultValue: 0, description: 'People coming with you (GOING or MAYBE).' }) guests: number,
  ): Promise<Event> {
    await this.events.requireEvent(caller, eventId);
    await this.rsvps.respond(caller, eventId, status, guests);
    return Event.from((await this.events.requireEvent(caller, eventId))!);
  }

  @Mutation(() => Rsvp, { description: 'The organiser or a coordinator marks, after the start, whether someone who answered came (null clears it).' })
  async markAttendance(
    @CurrentCaller() caller: Caller,
    @IdArg('eventId') eventId: string,
    @IdArg('userId') userId: string,
    @Args('attended', { type: () => Boolean, nullable: true }) attended: boolean | null,
  ): Promise<Rsvp> {
    return Rsvp.from(await this.events.markAttendance(caller, eventId, userId, attended ?? null));
  }

  @AllowAnonymous()
  @Subscription(() => Event, { description: 'New events in a network, as the caller may see them.' })
  eventAdded(@CurrentCaller() caller: Caller | null, @IdArg('networkId') networkId: string, @Context() ctx: RequestContext) {
    return this.live.watchNetwork(caller, networkId, ctx);
  }

  @AllowAnonymous()
  @Subscription(() => Event, { description: 'Changes to one event: edits, cancellation, and answers (the going count).' })
  eventUpdated(@CurrentCaller() caller: Caller | null, @IdArg('eventId') eventId: string, @Context() ctx: RequestContext) {
    return this.live.watchEvent(caller, eventId, ctx);
  }

  @ResolveField(() => Network)
  async network(@Parent() event: Event, @Context() ctx: RequestContext): Promise<Network> {
    return Network.from((await this.networkService.networksById(ctx).load(event.networkId))!);
  }

  @ResolveField(() => User, { description: 'Who created it.' })
  async organiser(@Parent() event: Event, @Context() ctx: RequestContext): Promise<User> {
    return User.from((await this.accounts.usersById(ctx).load(event.organiserId))!);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation running it.' })
  async organiserOrganisation(@Parent() event: Event, @Context() ctx: RequestContext): Promise<Organisation | null> {
    if (!event.organiserOrganisationId) return null;
    const organisation = await this.organisations.organisationsById(ctx).load(event.organiserOrganisationId);
    return organisation ? Organisation.from(organisation) : null;
  }

  @ResolveField(() => Int, { description: 'Seats taken by people GOING, their guests included.' })
  async attendeeCount(@Parent() event: Event, @Context() ctx: RequestContext): Promise<number> {
    return (await this.events.rsvpCounts(ctx).load(event.id)).goingSeats;
  }

  @ResolveField(() => Int, { description: 'People waiting for a place.' })
  async waitlistCount(@Parent() event: Event, @Context() ctx: RequestContext): Promise<number> {
    return (await this.events.rsvpCounts(ctx).load(event.id)).waitlisted;
  }

  @ResolveField(() => Int)
  async maybeCount(@Parent() event: Event, @Context() ctx: RequestContext): Promise<number> {
    return (await this.events.rsvpCounts(ctx).load(event.id)).maybe;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Seats left (null: no limit).' })
  async spacesLeft(@Parent() event: Event, @Context() ctx: RequestContext): Promise<number | null> {
    if (event.capacity === null) return null;
    return Math.max(0, event.capacity - (await this.events.rsvpCounts(ctx).load(event.id)).goingSeats);
  }

  @ResolveField(() => RsvpStatus, { nullable: true, description: "The caller's answer (null: none, or signed out)." })
  async myRsvp(@Parent() event: Event, @Context() ctx: RequestContext): Promise<RsvpStatus | null> {
    return (await this.events.myRsvps(ctx).load(event.id))?.status ?? null;
  }

  @ResolveField(() => Int, { description: 'Guests the caller said they bring.' })
  async myGuests(@Parent() event: Event, @Context() ctx: RequestContext): Promise<number> {
    return (await this.events.myRsvps(ctx).load(event.id))?.guests ?? 0;
  }

  @ResolveField(() => Date, { nullable: true, description: 'When the caller was moved from the waitlist to GOING.' })
  async myPromotedAt(@Parent() event: Event, @Context() ctx: RequestContext): Promise<Date | null> {
    return (await this.events.myRsvps(ctx).load(event.id))?.promotedAt ?? null;
  }

  @ResolveField(() => EventSeries, { nullable: true, description: 'For an occurrence of a repeating event.' })
  async series(@Parent() event: Event, @Context() ctx: RequestContext): Promise<EventSeries | null> {
    if (!event.seriesId) return null;
    const series = await this.events.seriesById(ctx).load(event.seriesId);
    return series ? EventSeries.from(series, parseRule(series.rrule).summary) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may edit or cancel it and see who is coming.' })
  async canManage(@Parent() event: Event, @Context() ctx: RequestContext): Promise<boolean> {
    return this.events.canManage(ctx, event.id);
  }

  @ResolveField(() => [Event], { description: 'Other events at the same venue at an overlapping time (a warning for the organiser).' })
  async clashes(@Parent() event: Event, @CurrentCaller() caller: Caller | null): Promise<Event[]> {
    return (await this.events.clashesFor(caller, event)).map(Event.from);
  }

  @ResolveField(() => RsvpConnection, { description: 'Organisers: who answered, in answer order.' })
  async attendees(
    @Parent() event: Event,
    @Args() args: PageArgs,
    @Args('status', { type: () => RsvpStatus, nullable: true }) status: RsvpStatus | undefined,
    @CurrentCaller() caller: Caller | null,
  ): Promise<Page<Rsvp>> {
    return mapPage(await this.events.attendees(caller, event, { ...args, status }), Rsvp.from);
  }

  @ResolveField(() => String, { description: 'Organisers: the attendee list as CSV (name, email, status, guests, answered).' })
  async attendeesCsv(@Parent() event: Event, @CurrentCaller() caller: Caller | null): Promise<string> {
    const rows = await this.events.attendeeRows(caller, event);
    const uk = (d: Date) => DateTime.fromJSDate(d, { zone: EVENT_TIME_ZONE }).toFormat('yyyy-MM-dd HH:mm');
    return stringify(
      rows.map((r) => [cell(r.name), cell(r.email), r.status, String(r.guests), uk(r.updated_at)]),
      { header: true, columns: ['Name', 'Email', 'Status', 'Guests', 'Answered (UK time)'] },
    );
  }

  @ResolveField(() => String, { description: 'Path of this event as an iCalendar file (add to calendar).' })
  calendarPath(@Parent() event: Event): string {
    return `/calendar/events/${event.id}.ics`;
  }
}

@Resolver(() => Rsvp)
export class RsvpsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => User)
  async user(@Parent() rsvp: Rsvp, @Context() ctx: RequestContext): Promise<User> {
    return User.from((await this.accounts.usersById(ctx).load(rsvp.userId))!);
  }
}

@Resolver(() => Network)
export class NetworkEventsResolver {
  constructor(private readonly eventsService: EventsService) {}

  @ResolveField(() => EventConnection, { description: 'Upcoming events, soonest first; `past: true` for the archive, most recent first.' })
  async events(@Parent() network: Network, @Args() args: EventsArgs, @CurrentCaller() caller: Caller | null): Promise<Page<Event>> {
    return mapPage(await this.eventsService.listEvents(caller, network.id, args), Event.from);
  }

  @ResolveField(() => String, { description: "Path of the network's public iCalendar feed." })
  calendarPath(@Parent() network: Network): string {
    return `/calendar/${network.slug}.ics`;
  }
}
