import ICAL from 'ical.js';
import { collect, startTestApp, tick, type TestApp, type TestUser } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const FIELDS = 'id title startsAt endsAt location capacity visibility status sequence attendeeCount waitlistCount spacesLeft myRsvp myGuests organiser { id } network { id }';
const CREATE = `mutation($i: CreateEventInput!) { createEvent(input: $i) { ${FIELDS} series { id rrule summary } clashes { id } } }`;
const UPDATE = `mutation($i: UpdateEventInput!) { updateEvent(input: $i) { ${FIELDS} } }`;
const CANCEL = `mutation($i: CancelEventInput!) { cancelEvent(input: $i) { ${FIELDS} cancelReason } }`;
const RSVP = `mutation($id: ID!, $s: RsvpStatus!, $g: Int) { rsvp(eventId: $id, status: $s, guests: $g) { ${FIELDS} myPromotedAt } }`;
const EVENT = `query($id: ID!) { event(id: $id) { ${FIELDS} myPromotedAt } }`;
const LIST = `query($slug: String!, $from: DateTime, $to: DateTime, $past: Boolean, $first: Int, $after: String) {
  network(slug: $slug) { events(from: $from, to: $to, past: $past, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id title startsAt status } } } }`;

const DAY = 24 * 3600 * 1000;
/** A time in the future at a whole hour, `days` from now. */
function inDays(days: number, hour = 10): Date {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
}

describe('events', () => {
  let t: TestApp;
  let pub: NetworkScenario;
  let priv: NetworkScenario;

  const create = (token: string, input: Record<string, unknown>, networkId = pub.networkId) =>
    t.gql(CREATE, { i: { networkId, title: 'Knit & Natter', location: 'Macclesfield Library', startsAt: inDays(7), endsAt: new Date(inDays(7).getTime() + 2 * 3600_000), ...input } }, token);
  const ok = async (promise: Promise<{ data?: any; errors?: unknown }>) => {
    const result = await promise;
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const counts = async () => ({ events: await t.count('events'), series: await t.count('event_series'), rsvps: await t.count('event_rsvps') });
  const feed = async (slug: string) => fetch(`${t.url}/calendar/${slug}.ics`);
  /** Another ordinary member of the public network. */
  const joiner = async (name: string) => {
    const person = await t.register(name);
    await ok(t.gql('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: pub.networkId }, person.token));
    return person;
  };

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    pub = await networkScenario(t, 'PUBLIC');
    priv = await networkScenario(t, 'PRIVATE');
  });
  afterAll(() => t.close());

  it('publicises an event that anyone sees in a public network, and members-only events only members see', async () => {
    const open = (await ok(create(pub.member.token, { capacity: 30, accessibilityNotes: 'Step-free entrance' }))).createEvent;
    expect(open).toMatchObject({ title: 'Knit & Natter', capacity: 30, visibility: 'PUBLIC', status: 'SCHEDULED', attendeeCount: 0, spacesLeft: 30, myRsvp: null, organiser: { id: pub.member.id } });
    const closed = (await ok(create(pub.member.token, { title: 'Steering group', visibility: 'MEMBERS' }))).createEvent;

    expect((await t.gql(EVENT, { id: open.id })).data.event.id).toBe(open.id);
    expect((await t.gql(EVENT, { id: closed.id })).data.event).toBeNull();
    expect((await t.gql(EVENT, { id: closed.id }, pub.outsider.token)).data.event).toBeNull();
    expect((await t.gql(EVENT, { id: closed.id }, pub.suspended.token)).data.event).toBeNull();
    expect((await t.gql(EVENT, { id: closed.id }, pub.member.token)).data.event.id).toBe(closed.id);

    const anonymousList = (await ok(t.gql(LIST, { slug: pub.slug }))).network.events;
    expect(anonymousList.nodes.map((e: { id: string }) => e.id)).toContain(open.id);
    expect(anonymousList.nodes.map((e: { id: string }) => e.id)).not.toContain(closed.id);
    const memberList = (await ok(t.gql(LIST, { slug: pub.slug }, pub.member.token))).network.events;
    expect(memberList.nodes.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining([open.id, closed.id]));
    expect(memberList.totalCount).toBe(anonymousList.totalCount + 1);

    const ics = await (await feed(pub.slug)).text();
    expect(ics).toContain(`UID:${open.id}@community-hub`);
    expect(ics).not.toContain(closed.id);
    expect(ics).not.toContain('Steering group');
  });

  it('writes descriptions into the feed as plain text, not Markdown', async () => {
    const person = '0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11';
    const description = `Hosted by [@Alice Smith](/people/${person}) on **Tuesdays**.\n\n- bring _needles_\n- see [the rota](https://example.org/rota)`;
    const event = (await ok(create(pub.member.token, { title: 'Plain text feed', description }))).createEvent;
    const calendar = new ICAL.Component(ICAL.parse(await (await feed(pub.slug)).text()));
    const vevent = calendar.getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).startsWith(event.id))!;
    expect(vevent.getFirstPropertyValue('description')).toBe('Hosted by @Alice Smith on Tuesdays.\n\n• bring needles\n• see the rota');
  });

  it('hides a private network\'s events from outsiders in queries and the feed', async () => {
    const event = (await ok(create(priv.member.token, { title: 'Private planning' }, priv.networkId))).createEvent;
    expect((await t.gql(EVENT, { id: event.id }, priv.outsider.token)).data.event).toBeNull();
    expect((await t.gql(EVENT, { id: event.id }, priv.pending.token)).data.event).toBeNull();
    expect((await t.gql(EVENT, { id: event.id }, priv.coordinator.token)).data.event.id).toBe(event.id);
    expect((await feed(priv.slug)).status).toBe(404);
    expect((await fetch(`${t.url}/calendar/events/${event.id}.ics`)).status).toBe(404);
    const withToken = await fetch(`${t.url}/calendar/events/${event.id}.ics`, { headers: { authorization: `Bearer ${priv.member.token}` } });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('content-type')).toContain('text/calendar');
    expect(await withToken.text()).toContain('SUMMARY:Private planning');
  });

  it.each([
    ['an end before the start', { startsAt: inDays(3, 12), endsAt: inDays(3, 11) }, 'endsAt'],
    ['capacity 0', { capacity: 0 }, 'capacity'],
    ['a negative capacity', { capacity: -5 }, 'capacity'],
    ['a repeat rule that never ends', { recurrence: 'FREQ=WEEKLY' }, 'recurrence'],
    ['a repeat rule by the minute', { recurrence: 'FREQ=MINUTELY;COUNT=5' }, 'recurrence'],
    ['a repeat rule that is not one', { recurrence: 'every tuesday' }, 'recurrence'],
    ['a series of 500', { recurrence: 'FREQ=DAILY;COUNT=500' }, 'recurrence'],
    ['a start in the year 9999', { startsAt: new Date('9999-01-01T10:00:00Z'), endsAt: new Date('9999-01-01T11:00:00Z') }, 'startsAt'],
    ['an empty title', { title: '   ' }, 'title'],
    ['no place and not online', { location: '' }, 'location'],
    ['a javascript: joining link', { onlineUrl: 'javascript:alert(1)' }, 'onlineUrl'],
    ['a three-week event', { endsAt: inDays(28) }, 'endsAt'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, input, fieldName) => {
    const before = await counts();
    const result = await create(pub.member.token, input);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0])).toContain(fieldName);
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown network (NOT_FOUND), outsiders (FORBIDDEN) and someone else\'s organisation', async () => {
    const before = await counts();
    expect((await create(pub.member.token, {}, '00000000-0000-4000-8000-000000000000')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await create(pub.outsider.token, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await create(priv.outsider.token, {}, priv.networkId)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(CREATE, { i: { networkId: pub.networkId, title: 'x', location: 'y', startsAt: inDays(2), endsAt: inDays(3) } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const org = await ok(t.gql('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', { i: { name: 'Cora Trust', kind: 'VOLUNTARY' } }, pub.coordinator.token));
    const theirs = await create(pub.member.token, { organiserOrganisationId: org.createOrganisation.id });
    expect(theirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    const mine = await create(pub.coordinator.token, { organiserOrganisationId: org.createOrganisation.id, title: 'Trust open day' });
    expect(mine.errors).toBeUndefined();
  });

  it('ends a capacity race of 50 GOING answers for 10 places with exactly 10 GOING and 40 WAITLISTED', async () => {
    const event = (await ok(create(pub.coordinator.token, { title: 'Funding workshop', capacity: 10 }))).createEvent;
    const people: TestUser[] = [];
    for (let i = 0; i < 50; i += 10) people.push(...(await Promise.all(Array.from({ length: 10 }, (_, j) => t.register(`Racer ${i + j}`)))));
    const results = await Promise.all(people.map((p) => t.gql(RSVP, { id: event.id, s: 'GOING' }, p.token)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const statuses = results.map((r) => r.data.rsvp.myRsvp);
    expect(statuses.filter((s) => s === 'GOING')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(40);
    const rows: { status: string; n: number }[] = await t.dataSource.query('SELECT status, count(*)::int AS n FROM event_rsvps WHERE event_id = $1 GROUP BY status ORDER BY status', [event.id]);
    expect(rows).toEqual([
      { status: 'GOING', n: 10 },
      { status: 'WAITLISTED', n: 40 },
    ]);
    const after = (await ok(t.gql(EVENT, { id: event.id }, pub.coordinator.token))).event;
    expect(after).toMatchObject({ attendeeCount: 10, waitlistCount: 40, spacesLeft: 0 });
  });

  it('promotes the first on the waitlist when someone drops out, counting guests as seats', async () => {
    const event = (await ok(create(pub.coordinator.token, { title: 'Ward walk', capacity: 3 }))).createEvent;
    const [a, b, c] = [pub.member, pub.admin, pub.outsider];
    expect((await ok(t.gql(RSVP, { id: event.id, s: 'GOING', g: 1 }, a.token))).rsvp).toMatchObject({ myRsvp: 'GOING', myGuests: 1, attendeeCount: 2, spacesLeft: 1 });
    expect((await ok(t.gql(RSVP, { id: event.id, s: 'GOING', g: 1 }, b.token))).rsvp.myRsvp).toBe('WAITLISTED'); // two seats needed, one left
    expect((await ok(t.gql(RSVP, { id: event.id, s: 'GOING' }, c.token))).rsvp.myRsvp).toBe('WAITLISTED'); // behind b: nobody jumps the queue
    const dropOut = (await ok(t.gql(RSVP, { id: event.id, s: 'NOT_GOING' }, a.token))).rsvp;
    expect(dropOut).toMatchObject({ myRsvp: 'NOT_GOING', attendeeCount: 3, waitlistCount: 0 });
    const promoted = (await ok(t.gql(EVENT, { id: event.id }, b.token))).event;
    expect(promoted).toMatchObject({ myRsvp: 'GOING', myGuests: 1 });
    expect(promoted.myPromotedAt).not.toBeNull();
    expect((await ok(t.gql(EVENT, { id: event.id }, c.token))).event.myRsvp).toBe('GOING');
    // Asking for more guests than fit keeps the place and says so.
    const tooMany = await t.gql(RSVP, { id: event.id, s: 'GOING', g: 5 }, c.token);
    expect(tooMany.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await ok(t.gql(EVENT, { id: event.id }, c.token))).event).toMatchObject({ myRsvp: 'GOING', myGuests: 0 });
    // WAITLISTED is the server's to give; an answer that is not one is refused with a code.
    expect((await t.gql(RSVP, { id: event.id, s: 'PERHAPS' }, c.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(RSVP, { id: event.id, s: 'WAITLISTED' }, c.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets the organiser see and export attendees, and nobody else', async () => {
    const event = (await ok(create(pub.member.token, { title: 'Litter pick' }))).createEvent;
    const evil = await t.register('=HYPERLINK("http://evil.example","click")');
    await ok(t.gql(RSVP, { id: event.id, s: 'GOING', g: 2 }, evil.token));
    await ok(t.gql(RSVP, { id: event.id, s: 'MAYBE' }, pub.admin.token));
    const query = 'query($id: ID!) { event(id: $id) { canManage attendeesCsv attendees(first: 10) { totalCount nodes { status guests user { name } } } } }';
    const mine = (await ok(t.gql(query, { id: event.id }, pub.member.token))).event;
    expect(mine.canManage).toBe(true);
    expect(mine.attendees.totalCount).toBe(2);
    const lines = mine.attendeesCsv.trim().split('\n');
    expect(lines[0]).toBe('Name,Email,Status,Guests,Answered (UK time)');
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil.example"",""click""\)",[^,]+,GOING,2,\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(lines[2]).toContain(',MAYBE,0,');
    // The coordinator manages every event of the network; other members and outsiders may not see the list.
    expect((await ok(t.gql(query, { id: event.id }, pub.coordinator.token))).event.attendees.totalCount).toBe(2);
    for (const who of [await joiner('Another member'), pub.outsider]) {
      const denied = await t.gql('query($id: ID!) { event(id: $id) { canManage attendees(first: 5) { totalCount } } }', { id: event.id }, who.token);
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql('query($id: ID!) { event(id: $id) { attendeesCsv } }', { id: event.id }, pub.outsider.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('edits and cancels: only the organiser or a coordinator; cancelled events take no answers', async () => {
    const event = (await ok(create(pub.member.token, { title: 'Repair cafe' }))).createEvent;
    const other = await joiner('Other member');
    const edit = (token: string, input: Record<string, unknown>) => t.gql(UPDATE, { i: { eventId: event.id, ...input } }, token);
    expect((await edit(other.token, { title: 'Hijacked' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await edit(pub.outsider.token, { title: 'Hijacked' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await edit(pub.member.token, { capacity: 0 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await edit(pub.member.token, { endsAt: inDays(6) })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const edited = (await ok(edit(pub.member.token, { title: 'Repair café', capacity: 12 }))).updateEvent;
    expect(edited).toMatchObject({ title: 'Repair café', capacity: 12, sequence: 1 });
    const moved = (await ok(edit(pub.coordinator.token, { location: 'Christ Church hall' }))).updateEvent;
    expect(moved).toMatchObject({ location: 'Christ Church hall', sequence: 2 });

    expect((await t.gql(CANCEL, { i: { eventId: event.id, reason: 'x' } }, other.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(CANCEL, { i: { eventId: event.id, reason: 'x' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const cancelled = (await ok(t.gql(CANCEL, { i: { eventId: event.id, reason: 'Hall flooded' } }, pub.member.token))).cancelEvent;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'Hall flooded', sequence: 3 });
    expect((await t.gql(RSVP, { id: event.id, s: 'GOING' }, pub.admin.token)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await edit(pub.member.token, { title: 'Back on' })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const ics = await (await feed(pub.slug)).text();
    const block = ics.split('BEGIN:VEVENT').find((b) => b.includes(`UID:${event.id}@`))!;
    expect(block).toContain('STATUS:CANCELLED');
    expect(block).toContain('SEQUENCE:3');
  });

  it('keeps past events in an archive, most recent first, and refuses answers to them', async () => {
    const past = (await ok(create(pub.member.token, { title: 'Spring fair', startsAt: inDays(-30), endsAt: new Date(inDays(-30).getTime() + 3600_000) }))).createEvent;
    const older = (await ok(create(pub.member.token, { title: 'Winter fair', startsAt: inDays(-60), endsAt: new Date(inDays(-60).getTime() + 3600_000) }))).createEvent;
    const archive = (await ok(t.gql(LIST, { slug: pub.slug, past: true }))).network.events.nodes.map((e: { id: string }) => e.id);
    expect(archive.indexOf(past.id)).toBeGreaterThanOrEqual(0);
    expect(archive.indexOf(past.id)).toBeLessThan(archive.indexOf(older.id));
    const upcoming = (await ok(t.gql(LIST, { slug: pub.slug }))).network.events.nodes.map((e: { id: string }) => e.id);
    expect(upcoming).not.toContain(past.id);
    expect((await t.gql(RSVP, { id: past.id, s: 'GOING' }, pub.admin.token)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('pages through events with a cursor and filters by a date window', async () => {
    const s = await networkScenario(t, 'PUBLIC');
    for (let day = 1; day <= 5; day++) await ok(create(s.member.token, { title: `Day ${day}`, startsAt: inDays(day), endsAt: new Date(inDays(day).getTime() + 3600_000) }, s.networkId));
    const page1 = (await ok(t.gql(LIST, { slug: s.slug, first: 2 }))).network.events;
    expect(page1.nodes.map((e: { title: string }) => e.title)).toEqual(['Day 1', 'Day 2']);
    expect(page1.totalCount).toBe(5);
    const page2 = (await ok(t.gql(LIST, { slug: s.slug, first: 2, after: page1.pageInfo.endCursor }))).network.events;
    expect(page2.nodes.map((e: { title: string }) => e.title)).toEqual(['Day 3', 'Day 4']);
    const window = (await ok(t.gql(LIST, { slug: s.slug, from: inDays(2, 0), to: inDays(4, 0) }))).network.events;
    expect(window.nodes.map((e: { title: string }) => e.title)).toEqual(['Day 2', 'Day 3']);
  });

  it('warns about a clash at the same venue at an overlapping time (not an error)', async () => {
    const s = await networkScenario(t, 'PUBLIC');
    const first = (await ok(create(s.member.token, { title: 'Coffee morning', location: 'Sandbach Town Hall', startsAt: inDays(9, 9), endsAt: inDays(9, 12) }, s.networkId))).createEvent;
    const second = (await ok(create(s.coordinator.token, { title: 'Councillor surgery', location: '  sandbach town hall ', startsAt: inDays(9, 11), endsAt: inDays(9, 13) }, s.networkId))).createEvent;
    expect(second.clashes.map((e: { id: string }) => e.id)).toEqual([first.id]);
    const elsewhere = (await ok(create(s.coordinator.token, { title: 'Walk', location: 'The Common', startsAt: inDays(9, 11), endsAt: inDays(9, 13) }, s.networkId))).createEvent;
    expect(elsewhere.clashes).toEqual([]);
    const check = await ok(
      t.gql('query($i: EventClashesInput!) { eventClashes(input: $i) { id } }', { i: { networkId: s.networkId, startsAt: inDays(9, 8), endsAt: inDays(9, 10), location: 'Sandbach Town Hall' } }, s.member.token),
    );
    expect(check.eventClashes.map((e: { id: string }) => e.id)).toEqual([first.id]);
  });

  it('repeats weekly at the same UK time across the BST change; one occurrence or the whole series can change', async () => {
    // Tuesdays at 10:00 UK time from the last Tuesday before the clocks go back (25 October 2026) - or the next year's when that is past.
    const year = new Date() > new Date('2026-10-20T00:00:00Z') ? 2027 : 2026;
    const firstTuesday = year === 2026 ? '2026-10-20' : '2027-10-26';
    const startsAt = new Date(`${firstTuesday}T09:00:00Z`); // 10:00 BST
    const s = await networkScenario(t, 'PUBLIC');
    const created = (await ok(create(s.member.token, { title: 'Knit & Natter', startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), recurrence: 'FREQ=WEEKLY;COUNT=4', capacity: 8 }, s.networkId))).createEvent;
    expect(created.series).toMatchObject({ rrule: 'FREQ=WEEKLY;COUNT=4', summary: 'every week for 4 times' });
    const list = (await ok(t.gql(LIST, { slug: s.slug }))).network.events.nodes;
    expect(list).toHaveLength(4);
    const utcHours = list.map((e: { startsAt: string }) => new Date(e.startsAt).getUTCHours());
    expect(utcHours).toEqual([9, 10, 10, 10]); // 10:00 BST, then 10:00 GMT
    const [, second, third, fourth] = list;

    // This occurrence only.
    await ok(t.gql(UPDATE, { i: { eventId: second.id, scope: 'THIS_OCCURRENCE', title: 'Knit & Natter: Christmas special', location: 'Church hall' } }, s.member.token));
    // The whole series, from any occurrence: the detached one keeps its own title.
    await ok(t.gql(UPDATE, { i: { eventId: third.id, scope: 'WHOLE_SERIES', title: 'Knit, Natter & Tea' } }, s.member.token));
    const titles = (await ok(t.gql(LIST, { slug: s.slug }))).network.events.nodes.map((e: { title: string }) => e.title);
    expect(titles).toEqual(['Knit, Natter & Tea', 'Knit & Natter: Christmas special', 'Knit, Natter & Tea', 'Knit, Natter & Tea']);
    // Cancel one occurrence.
    await ok(t.gql(CANCEL, { i: { eventId: fourth.id, scope: 'THIS_OCCURRENCE', reason: 'Hall booked' } }, s.member.token));

    // The feed, read by an independent parser (ical.js): one series with an override and an exception.
    const text = await (await feed(s.slug)).text();
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('TZID:Europe/London');
    expect(text).toContain('RRULE:FREQ=WEEKLY;COUNT=4');
    expect(text).toMatch(/EXDATE;TZID=Europe\/London:\d{8}T100000/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
    const vevents = calendar.getAllSubcomponents('vevent');
    const master = vevents.find((v) => !v.hasProperty('recurrence-id') && String(v.getFirstPropertyValue('uid')).startsWith('series-'))!;
    const override = vevents.find((v) => v.hasProperty('recurrence-id'))!;
    expect(master.getFirstPropertyValue('summary')).toBe('Knit, Natter & Tea');
    const series = new ICAL.Event(master);
    series.relateException(override);
    const iterator = series.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = series.getOccurrenceDetails(next);
      starts.push(`${details.startDate.toJSDate().toISOString()} ${details.item.summary}`);
    }
    expect(starts).toEqual([
      `${list[0].startsAt} Knit, Natter & Tea`,
      `${list[1].startsAt} Knit & Natter: Christmas special`,
      `${list[2].startsAt} Knit, Natter & Tea`,
    ]);
    // UIDs are stable and SEQUENCE moves with edits.
    const again = await (await feed(s.slug)).text();
    expect(again.match(/UID:series-[^\r\n]+/)?.[0]).toBe(text.match(/UID:series-[^\r\n]+/)?.[0]);
    expect(Number(master.getFirstPropertyValue('sequence'))).toBeGreaterThanOrEqual(1);
    expect(String(master.getFirstPropertyValue('url'))).toMatch(new RegExp(`/n/${s.slug}/e/`));
  });

  it('cancels "this and every later occurrence" of a series, leaving earlier ones, and tells live pages of each', async () => {
    const s = await networkScenario(t, 'PUBLIC');
    const startsAt = inDays(3);
    await ok(create(s.member.token, { title: 'Walking group', startsAt, endsAt: new Date(startsAt.getTime() + 3600_000), recurrence: 'FREQ=WEEKLY;COUNT=3' }, s.networkId));
    const [first, second, third] = (await ok(t.gql(LIST, { slug: s.slug }))).network.events.nodes;
    const live = collect(t.ws(s.member.token), 'subscription($id: ID!) { eventUpdated(eventId: $id) { id status } }', { id: third.id });
    await tick();
    await ok(t.gql(CANCEL, { i: { eventId: second.id, scope: 'WHOLE_SERIES', reason: 'Path closed' } }, s.member.token));
    const statuses = (await ok(t.gql(LIST, { slug: s.slug }))).network.events.nodes.map((e: { id: string; status: string }) => [e.id, e.status]);
    expect(statuses).toEqual([
      [first.id, 'SCHEDULED'],
      [second.id, 'CANCELLED'],
      [third.id, 'CANCELLED'],
    ]);
    expect(await live.next(1)).toBe(true);
    expect(live.events[0].eventUpdated).toEqual({ id: third.id, status: 'CANCELLED' });
    const ics = await (await feed(s.slug)).text();
    expect(ics).not.toMatch(/UID:series-[^\r\n]+\r?\n(?:[^\r\n]+\r?\n)*?STATUS:CANCELLED/); // the series itself stands: its first walk happens
    expect((ics.match(/EXDATE;TZID=Europe\/London:([^\r\n]+)/)?.[1] ?? '').split(',')).toHaveLength(2);
  });

  it('forgets a waitlist promotion once the person answers again', async () => {
    const event = (await ok(create(pub.coordinator.token, { title: 'Quiz night', capacity: 1 }))).createEvent;
    const [a, b] = [await joiner('Quiz A'), await joiner('Quiz B')];
    await ok(t.gql(RSVP, { id: event.id, s: 'GOING' }, a.token));
    await ok(t.gql(RSVP, { id: event.id, s: 'GOING' }, b.token));
    await ok(t.gql(RSVP, { id: event.id, s: 'NOT_GOING' }, a.token));
    expect((await ok(t.gql(EVENT, { id: event.id }, b.token))).event.myPromotedAt).not.toBeNull();
    await ok(t.gql(RSVP, { id: event.id, s: 'NOT_GOING' }, b.token));
    const again = (await ok(t.gql(RSVP, { id: event.id, s: 'GOING' }, b.token))).rsvp;
    expect(again).toMatchObject({ myRsvp: 'GOING', myPromotedAt: null });
  });

  it('delivers new events and answer counts live, never a members-only event to an outsider', async () => {
    const s = await networkScenario(t, 'PUBLIC');
    const ADDED = 'subscription($id: ID!) { eventAdded(networkId: $id) { id title } }';
    const memberFeed = collect(t.ws(s.member.token), ADDED, { id: s.networkId });
    const outsiderFeed = collect(t.ws(s.outsider.token), ADDED, { id: s.networkId });
    await tick();
    const closed = (await ok(create(s.coordinator.token, { title: 'Members only', visibility: 'MEMBERS' }, s.networkId))).createEvent;
    const open = (await ok(create(s.coordinator.token, { title: 'Open to all', capacity: 50 }, s.networkId))).createEvent;
    expect(await memberFeed.next(2)).toBe(true);
    expect(memberFeed.events.map((e) => e.eventAdded.id)).toEqual([closed.id, open.id]);
    expect(await outsiderFeed.next(1)).toBe(true);
    await tick(300);
    expect(outsiderFeed.events.map((e) => e.eventAdded.id)).toEqual([open.id]);

    const counts = collect(t.ws(s.outsider.token), 'subscription($id: ID!) { eventUpdated(eventId: $id) { id attendeeCount capacity } }', { id: open.id });
    await tick();
    await ok(t.gql(RSVP, { id: open.id, s: 'GOING', g: 1 }, s.member.token));
    expect(await counts.next(1)).toBe(true);
    expect(counts.events[0].eventUpdated).toEqual({ id: open.id, attendeeCount: 2, capacity: 50 });

    const denied = collect(t.ws(s.outsider.token), 'subscription($id: ID!) { eventUpdated(eventId: $id) { id } }', { id: closed.id });
    expect(await denied.settled()).toBe(true);
    expect(JSON.stringify(denied.errors)).toContain('NOT_FOUND');
  });
});
