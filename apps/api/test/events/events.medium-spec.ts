import { EventScope, EventsService, EventStatus, RsvpService, RsvpStatus } from '@community-hub/api-events';
import { NetworksService } from '@community-hub/api-networks';
import { refusal, requestOf, startMediumTest, type MediumNetwork, type MediumTest, type MediumUser } from '../support/medium';

// Event and RSVP rules, called on EventsService and RsvpService directly against real PostgreSQL (no HTTP).
describe('event rules (medium)', () => {
  let m: MediumTest;
  let events: EventsService;
  let rsvps: RsvpService;
  let networks: NetworksService;
  let n: MediumNetwork;

  beforeAll(async () => {
    m = await startMediumTest();
    events = m.get(EventsService);
    rsvps = m.get(RsvpService);
    networks = m.get(NetworksService);
    n = await m.network('PRIVATE');
  });
  afterAll(() => m?.close());

  const day = 24 * 3600 * 1000;
  const create = (organiser: MediumUser, extra: { capacity?: number | null; title?: string } = {}) =>
    events.createEvent(organiser, {
      networkId: n.networkId,
      title: extra.title ?? 'Volunteers’ coffee morning',
      location: 'Macclesfield Library',
      startsAt: new Date(Date.now() + 7 * day),
      endsAt: new Date(Date.now() + 7 * day + 2 * 3600 * 1000),
      capacity: extra.capacity ?? null,
    });
  /** As the rsvp mutation does it: the event must be visible to the caller, then the answer is recorded. */
  const answer = async (who: MediumUser, eventId: string, status: RsvpStatus, guests = 0) => {
    await events.requireEvent(who, eventId);
    return rsvps.respond(who, eventId, status, guests);
  };
  const seats = async (eventId: string) =>
    Object.fromEntries(
      (await m.dataSource.query('SELECT user_id, status, guests FROM event_rsvps WHERE event_id = $1', [eventId])).map((r: { user_id: string; status: string; guests: number }) => [r.user_id, `${r.status}+${r.guests}`]),
    );

  it('members organise events; suspended, pending and outside people cannot, and nothing is written', async () => {
    const event = await create(n.member);
    expect(event).toMatchObject({ organiserId: n.member.userId, status: EventStatus.SCHEDULED });
    const before = await m.count('events');
    for (const who of [n.suspended, n.pending, n.outsider]) expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(create(who))).code);
    expect(await events.findEvent(n.outsider, event.id)).toBeNull();
    expect(await m.count('events')).toBe(before);
  });

  it('the signed-in home lists the next events of the caller\'s own networks, soonest first, without cancelled ones', async () => {
    const later = await create(n.member, { title: 'Home: AGM' });
    const sooner = await events.createEvent(n.coordinator, {
      networkId: n.networkId,
      title: 'Home: tomorrow',
      location: 'Town Hall',
      startsAt: new Date(Date.now() + day),
      endsAt: new Date(Date.now() + day + 3600 * 1000),
      capacity: null,
    });
    const dropped = await create(n.member, { title: 'Home: called off' });
    await events.cancelEvent(n.member, { eventId: dropped.id, reason: 'Snow', scope: EventScope.THIS_OCCURRENCE });
    const next = (await events.upcomingInMySpaces(n.member, 20)).map((e) => e.id);
    expect(next.indexOf(sooner.id)).toBeLessThan(next.indexOf(later.id));
    expect(next).not.toContain(dropped.id);
    for (const who of [n.outsider, n.pending, n.suspended]) expect((await events.upcomingInMySpaces(who, 20)).map((e) => e.id)).not.toContain(later.id);
  });

  it('refuses impossible times and places with coded errors', async () => {
    const base = { networkId: n.networkId, title: 'Quiz', location: 'Hall', startsAt: new Date(Date.now() + day), endsAt: new Date(Date.now() + day + 3600_000) };
    expect(await refusal(events.createEvent(n.member, { ...base, endsAt: new Date(base.startsAt.getTime() - 1) }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusal(events.createEvent(n.member, { ...base, location: '' }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusal(events.createEvent(n.member, { ...base, endsAt: new Date(base.startsAt.getTime() + 15 * day) }))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('a full event puts newcomers on the waitlist, and a drop-out promotes the first in line', async () => {
    const event = await create(n.coordinator, { capacity: 2 });
    expect((await answer(n.member, event.id, RsvpStatus.GOING, 1)).status).toBe(RsvpStatus.GOING);
    expect((await answer(n.admin, event.id, RsvpStatus.GOING)).status).toBe(RsvpStatus.WAITLISTED);
    expect((await answer(n.creator, event.id, RsvpStatus.GOING)).status).toBe(RsvpStatus.WAITLISTED);
    const dropOut = await answer(n.member, event.id, RsvpStatus.NOT_GOING);
    // Both fit now, in the order they asked.
    expect(dropOut.promoted).toEqual([n.admin.userId, n.creator.userId]);
    expect(await seats(event.id)).toEqual({ [n.member.userId]: 'NOT_GOING+0', [n.admin.userId]: 'GOING+0', [n.creator.userId]: 'GOING+0' });
  });

  it('at most capacity seats are GOING, however many answer at once', async () => {
    const event = await create(n.coordinator, { capacity: 3 });
    const people = [n.member, n.admin, n.creator, n.coordinator, (await joinedMember('Crowd 1')).user, (await joinedMember('Crowd 2')).user];
    const answers = await Promise.all(people.map((p) => answer(p, event.id, RsvpStatus.GOING)));
    expect(answers.filter((a) => a.status === RsvpStatus.GOING)).toHaveLength(3);
    expect(answers.filter((a) => a.status === RsvpStatus.WAITLISTED)).toHaveLength(3);
  });

  it('refuses a WAITLISTED answer, impossible guest numbers, more guests than seats left, and answers from people who cannot see the event', async () => {
    const event = await create(n.coordinator, { capacity: 3 });
    expect((await refusal(answer(n.member, event.id, RsvpStatus.WAITLISTED))).code).toBe('BAD_USER_INPUT');
    expect((await refusal(answer(n.member, event.id, RsvpStatus.GOING, -1))).code).toBe('BAD_USER_INPUT');
    expect((await refusal(answer(n.member, event.id, RsvpStatus.GOING, 1000))).code).toBe('BAD_USER_INPUT');
    await answer(n.member, event.id, RsvpStatus.GOING, 1);
    await answer(n.admin, event.id, RsvpStatus.GOING);
    // Already going: asking for more guests than seats left keeps the place as it was.
    expect((await refusal(answer(n.member, event.id, RsvpStatus.GOING, 2))).code).toBe('CONFLICT');
    expect(await seats(event.id)).toEqual({ [n.member.userId]: 'GOING+1', [n.admin.userId]: 'GOING+0' });
    for (const who of [n.outsider, n.suspended]) expect((await refusal(answer(who, event.id, RsvpStatus.GOING))).code).toBe('NOT_FOUND');
  });

  it('the organiser or a coordinator changes an event; another member cannot', async () => {
    const event = await create(n.member, { title: 'Litter pick' });
    expect((await refusal(events.updateEvent((await joinedMember('Other Member')).user, { eventId: event.id, scope: EventScope.THIS_OCCURRENCE, title: 'Mine now' }))).code).toBe('FORBIDDEN');
    expect((await events.updateEvent(n.member, { eventId: event.id, scope: EventScope.THIS_OCCURRENCE, title: 'Litter pick (bring gloves)' })).details.title).toBe('Litter pick (bring gloves)');
    expect((await events.updateEvent(n.coordinator, { eventId: event.id, scope: EventScope.THIS_OCCURRENCE, location: 'The park gates' })).details.location).toBe('The park gates');
    expect(await events.canManage(requestOf(n.member), event.id)).toBe(true);
    expect(await events.canManage(requestOf(n.outsider), event.id)).toBe(false);
  });

  it('an organiser who is suspended no longer manages their event', async () => {
    const organiser = await joinedMember('Olive Organiser');
    const event = await create(organiser.user);
    await networks.suspend(n.coordinator, organiser.membershipId);
    expect(await events.canManage(requestOf(organiser.user), event.id)).toBe(false);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(events.cancelEvent(organiser.user, { eventId: event.id, scope: EventScope.THIS_OCCURRENCE, reason: 'x' }))).code);
  });

  it('a cancelled event refuses answers and changes', async () => {
    const event = await create(n.member);
    expect((await refusal(events.cancelEvent((await joinedMember('Bystander')).user, { eventId: event.id, scope: EventScope.THIS_OCCURRENCE, reason: 'No' }))).code).toBe('FORBIDDEN');
    const cancelled = await events.cancelEvent(n.coordinator, { eventId: event.id, scope: EventScope.THIS_OCCURRENCE, reason: 'Storm warning' });
    expect(cancelled.status).toBe(EventStatus.CANCELLED);
    expect((await refusal(answer(n.admin, event.id, RsvpStatus.GOING))).code).toBe('CONFLICT');
    expect((await refusal(events.updateEvent(n.member, { eventId: event.id, scope: EventScope.THIS_OCCURRENCE, title: 'Back on' }))).code).toBe('CONFLICT');
  });

  it('more seats promote the waitlist in order', async () => {
    const event = await create(n.coordinator, { capacity: 1 });
    await answer(n.member, event.id, RsvpStatus.GOING);
    expect((await answer(n.admin, event.id, RsvpStatus.GOING)).status).toBe(RsvpStatus.WAITLISTED);
    await events.updateEvent(n.coordinator, { eventId: event.id, scope: EventScope.THIS_OCCURRENCE, capacity: 2 });
    expect((await seats(event.id))[n.admin.userId]).toBe('GOING+0');
  });

  /** Another ordinary member, joined and approved as people are. */
  async function joinedMember(name: string): Promise<{ user: MediumUser; membershipId: string }> {
    const user = await m.user(name);
    const joined = await networks.join(user, n.networkId);
    await networks.approve(n.coordinator, joined.id);
    return { user, membershipId: joined.id };
  }
});
