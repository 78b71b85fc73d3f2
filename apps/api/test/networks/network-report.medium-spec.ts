import { EventsService, RsvpService, RsvpStatus } from '@community-hub/api-events';
import { ForumService } from '@community-hub/api-forum';
import { NetworkReportService, NetworksService } from '@community-hub/api-networks';
import { refusal, startMediumTest, type MediumNetwork, type MediumTest } from '../support/medium';

// The network report's figures, from activity made through the product's services (then dated back where a month matters).
describe('network report (medium)', () => {
  let m: MediumTest;
  let reports: NetworkReportService;
  let n: MediumNetwork;

  beforeAll(async () => {
    m = await startMediumTest();
    reports = m.get(NetworkReportService);
    n = await m.network('PRIVATE');
  });
  afterAll(() => m?.close());

  it('counts active people, threads, replies, events held, going and attended per UK calendar month', async () => {
    const forum = m.get(ForumService);
    const events = m.get(EventsService);
    const thread = await forum.createThread(n.member, { networkId: n.networkId, title: 'Winter coats', body: 'Who needs one?', tags: [] });
    const reply = await forum.reply(n.coordinator, { threadId: thread.id, body: 'We do' });
    await forum.reply(n.admin, { threadId: thread.id, body: 'So do we' });
    // One reply was last month: it moves to that month's row (and its author is active then, not now).
    await m.dataSource.query("UPDATE posts SET created_at = date_trunc('month', now()) - interval '10 days' WHERE id = $1", [reply.id]);

    const day = 24 * 3600 * 1000;
    const event = await events.createEvent(n.member, {
      networkId: n.networkId, title: 'Coat swap', location: 'Hall', startsAt: new Date(Date.now() + day), endsAt: new Date(Date.now() + day + 3600_000),
    });
    await m.get(RsvpService).respond(n.admin, event.id, RsvpStatus.GOING, 2);
    await m.get(RsvpService).respond(n.coordinator, event.id, RsvpStatus.GOING, 0);
    // Not yet held: no attendance to mark.
    expect((await refusal(events.markAttendance(n.member, event.id, n.admin.userId, true))).code).toBe('CONFLICT');
    // Held this month, an hour ago.
    await m.dataSource.query("UPDATE events SET starts_at = now() - interval '1 hour', ends_at = now() WHERE id = $1", [event.id]);
    // Another plain member may not mark; an outsider is told the event does not exist.
    const other = await m.user('Otto Other');
    await m.get(NetworksService).approve(n.coordinator, (await m.get(NetworksService).join(other, n.networkId)).id);
    expect((await refusal(events.markAttendance(other, event.id, n.admin.userId, true))).code).toBe('FORBIDDEN');
    expect((await refusal(events.markAttendance(n.outsider, event.id, n.admin.userId, true))).code).toBe('NOT_FOUND');
    expect((await events.markAttendance(n.member, event.id, n.admin.userId, true)).attended).toBe(true);
    await events.markAttendance(n.coordinator, event.id, n.coordinator.userId, false);

    const report = await reports.report(n.coordinator, n.networkId, 2);
    const [last, now] = report.months;
    expect(last).toMatchObject({ threads: 0, replies: 1, activeMembers: 1, eventsHeld: 0 });
    // member (thread), admin (reply, RSVP), coordinator (RSVP): 3 people; the admin's RSVP brings 2 guests.
    expect(now).toMatchObject({ threads: 1, replies: 1, activeMembers: 3, eventsHeld: 1, going: 4, attended: 1, documentsAdded: 0 });
    expect(report.csv.split('\n')[1]).toMatch(new RegExp(`^${last.month},1,0,0,1,`));

    expect((await refusal(reports.report(n.member, n.networkId, 2))).code).toBe('FORBIDDEN');
    // A private network's outsider knows it exists, so is refused rather than told it is not there.
    expect((await refusal(reports.report(n.outsider, n.networkId, 2))).code).toBe('FORBIDDEN');
  });
});
