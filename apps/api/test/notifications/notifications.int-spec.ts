import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { DeadlineRemindersService } from '@community-hub/api-consortia';
import { EmailDeliveryService, NotificationProducersService } from '@community-hub/api-notifications';
import { smtpSink } from '../support/smtp-sink';
import { collect, startTestApp, tick, type TestApp, type TestUser } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';



const LIST = '{ unreadNotificationCount notifications(first: 50) { totalCount nodes { id kind title body path readAt network { slug } actor { id } } } }';

describe('notifications', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof smtpSink>>;
  let pub: NetworkScenario;
  let priv: NetworkScenario;

  const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await t.gql(query, variables, token);
    if (result.errors) throw new Error(`${query.slice(0, 50)}: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  type Note = { id: string; kind: string; title: string; body: string; path: string; readAt: string | null; network: { slug: string } | null; actor: { id: string } | null };
  const notes = async (who: TestUser): Promise<Note[]> => (await ok(LIST, {}, who.token)).notifications.nodes;
  /** Waits until `who` has a notification matching, or gives up after 5 s. */
  const waitFor = async (who: TestUser, match: (n: Note) => boolean) => {
    for (let i = 0; i < 50; i++) {
      const found = (await notes(who)).find(match);
      if (found) return found;
      await tick(100);
    }
    throw new Error(`no matching notification for ${who.name}: ${JSON.stringify(await notes(who))}`);
  };
  /** Gives the bus a moment, then checks `who` has nothing matching. */
  const never = async (who: TestUser, match: (n: Note) => boolean) => {
    await tick(600);
    expect((await notes(who)).filter(match)).toEqual([]);
  };
  const thread = async (token: string, networkId: string, title: string, body = 'Opening post') =>
    (await ok('mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', { i: { networkId, title, body, tags: [] } }, token)).createThread.id as string;
  const reply = async (token: string, threadId: string, body: string) =>
    (await ok('mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }', { i: { threadId, body } }, token)).replyToThread.id as string;
  const mention = (who: TestUser) => `[@${who.name}](/people/${who.id})`;

  beforeAll(async () => {
    smtp = await smtpSink();
    t = await startTestApp({ ...ADMIN_ENV, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, JOBS_POLLING_INTERVAL_SECONDS: '0.5', NOTIFICATION_SWEEP_INTERVAL_SECONDS: '0', PUBLIC_URL: 'https://hub.example.org' });
    pub = await networkScenario(t, 'PUBLIC');
    priv = await networkScenario(t, 'PRIVATE');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('tells the thread starter and watchers of a reply (live, with a badge count), not the poster or those who muted it', async () => {
    const threadId = await thread(pub.member.token, pub.networkId, 'Allotment waiting list');
    await ok('mutation($id: ID!) { watchThread(threadId: $id, level: WATCHING) { id } }', { id: threadId }, pub.admin.token);
    await ok('mutation($id: ID!) { watchThread(threadId: $id, level: MUTED) { id } }', { id: threadId }, pub.platformAdmin.token);
    const live = collect(t.ws(pub.member.token), 'subscription { notificationAdded { kind title path } }', {});
    await tick();
    const postId = await reply(pub.coordinator.token, threadId, 'Two years, **sadly**.');
    expect(await live.next(1)).toBe(true);
    expect(live.events[0].notificationAdded).toEqual({ kind: 'REPLY', title: 'Cora Coordinator replied in “Allotment waiting list”', path: `/n/${pub.slug}/t/${threadId}#post-2` });
    const note = await waitFor(pub.member, (n) => n.kind === 'REPLY');
    expect(note).toMatchObject({ body: 'Two years, sadly.', readAt: null, network: { slug: pub.slug }, actor: { id: pub.coordinator.id } });
    await waitFor(pub.admin, (n) => n.kind === 'REPLY' && n.path.endsWith(`${threadId}#post-2`));
    await never(pub.platformAdmin, (n) => n.path.includes(threadId));
    await never(pub.coordinator, (n) => n.path.includes(threadId));
    expect(postId).toBeTruthy();

    expect((await ok(LIST, {}, pub.member.token)).unreadNotificationCount).toBe(1);
    const read = await ok('mutation($id: ID!) { markNotificationRead(notificationId: $id) { readAt } }', { id: note.id }, pub.member.token);
    expect(read.markNotificationRead.readAt).not.toBeNull();
    expect((await ok(LIST, {}, pub.member.token)).unreadNotificationCount).toBe(0);
    // Someone else's notification is not found; marking all read counts what was unread.
    expect((await t.gql('mutation($id: ID!) { markNotificationRead(notificationId: $id) { id } }', { id: note.id }, pub.admin.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await ok('mutation { markAllNotificationsRead }', {}, pub.admin.token)).markAllNotificationsRead).toBeGreaterThanOrEqual(1);
    expect((await ok(LIST, {}, pub.admin.token)).unreadNotificationCount).toBe(0);
  });

  it('reads the notifications of a thread once it is read up to their posts, and pushes the new unread count live', async () => {
    const threadId = await thread(pub.member.token, pub.networkId, 'Read on view');
    const first = await reply(pub.coordinator.token, threadId, `One for ${mention(pub.member)}`);
    await reply(pub.coordinator.token, threadId, 'Two');
    // The mention of post 2 (those mentioned are not told of the reply too) and the reply of post 3.
    await waitFor(pub.member, (n) => n.kind === 'MENTION' && n.path.includes(threadId));
    await waitFor(pub.member, (n) => n.kind === 'REPLY' && n.path.endsWith(`${threadId}#post-3`));
    const unread = async () => (await notes(pub.member)).filter((n) => n.path.includes(threadId) && !n.readAt).map((n) => `${n.kind}:${n.path.split('#')[1]}`).sort();
    expect(await unread()).toEqual(['MENTION:post-2', 'REPLY:post-3']);
    const counts = collect(t.ws(pub.member.token), 'subscription { unreadNotificationCountChanged }', {});
    // Someone else's count never reaches this person.
    const other = collect(t.ws(pub.admin.token), 'subscription { unreadNotificationCountChanged }', {});
    await tick();
    const before = (await ok(LIST, {}, pub.member.token)).unreadNotificationCount;

    // Read up to post 2: the mention in post 2 is read; post 3's reply stays unread.
    await ok('mutation($id: ID!) { markThreadRead(threadId: $id, position: 2) { id } }', { id: threadId }, pub.member.token);
    for (let i = 0; i < 50 && (await unread()).length !== 1; i++) await tick(100);
    expect(await unread()).toEqual(['REPLY:post-3']);
    expect(await counts.next(1)).toBe(true);
    expect(counts.events[0].unreadNotificationCountChanged).toBe(before - 1);
    // Reading the same again moves nothing and sends nothing.
    await ok('mutation($id: ID!) { markThreadRead(threadId: $id, position: 2) { id } }', { id: threadId }, pub.member.token);
    await ok('mutation($id: ID!) { markThreadRead(threadId: $id) { id } }', { id: threadId }, pub.member.token);
    for (let i = 0; i < 50 && (await unread()).length; i++) await tick(100);
    expect(await unread()).toEqual([]);
    expect(await counts.next(2)).toBe(true);
    expect(counts.events[1].unreadNotificationCountChanged).toBe(before - 2);
    await tick(300);
    expect(other.events).toEqual([]);
    expect(first).toBeTruthy();
  });

  it('tells people @mentioned, once, and never someone who may not read the private network', async () => {
    const threadId = await thread(priv.member.token, priv.networkId, 'Budget', `Please check this ${mention(priv.coordinator)} and ${mention(priv.outsider)}`);
    await waitFor(priv.coordinator, (n) => n.kind === 'MENTION' && n.path === `/n/${priv.slug}/t/${threadId}`);
    await never(priv.outsider, () => true);
    await reply(priv.admin.token, threadId, `Over to you ${mention(priv.member)} (and ${mention(priv.pending)})`);
    await waitFor(priv.member, (n) => n.kind === 'MENTION' && n.path.endsWith(`${threadId}#post-2`));
    // Mentioned and thread starter: one notification, the mention.
    expect((await notes(priv.member)).filter((n) => n.path.endsWith(`${threadId}#post-2`)).map((n) => n.kind)).toEqual(['MENTION']);
    await never(priv.pending, () => true);
    // The composer's autocomplete only offers people who can read the space.
    const people = await ok('query($id: ID!) { mentionableUsers(spaceId: $id, query: "") { id } }', { id: priv.networkId }, priv.member.token);
    const ids = people.mentionableUsers.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([priv.coordinator.id, priv.admin.id]));
    expect(ids).not.toContain(priv.outsider.id);
    expect(ids).not.toContain(priv.pending.id);
    // Any word of the name: "Coord" finds Cora Coordinator.
    const byLastName = await ok('query($id: ID!) { mentionableUsers(spaceId: $id, query: "Coord") { id } }', { id: priv.networkId }, priv.member.token);
    expect(byLastName.mentionableUsers.map((u: { id: string }) => u.id)).toEqual([priv.coordinator.id]);
    expect((await t.gql('query($id: ID!) { mentionableUsers(spaceId: $id) { id } }', { id: priv.networkId }, priv.outsider.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('tells people newly @mentioned when a post is edited, never twice, and not those who muted the thread', async () => {
    const threadId = await thread(priv.admin.token, priv.networkId, 'Rota', `Opening ${mention(priv.coordinator)}`);
    await waitFor(priv.coordinator, (n) => n.kind === 'MENTION' && n.path === `/n/${priv.slug}/t/${threadId}`);
    const postId = await reply(priv.admin.token, threadId, 'Who can help on Friday?');
    await ok('mutation($id: ID!) { watchThread(threadId: $id, level: MUTED) { id } }', { id: threadId }, priv.member.token);
    const edit = (id: string, body: string) => ok('mutation($i: EditPostInput!) { editPost(input: $i) { id } }', { i: { postId: id, body } }, priv.admin.token);
    // The reply now mentions the coordinator (new for this post), a member who muted the thread, and an outsider.
    await edit(postId, `Who can help on Friday? ${mention(priv.coordinator)} ${mention(priv.member)} ${mention(priv.outsider)}`);
    const reached = await waitFor(priv.coordinator, (n) => n.kind === 'MENTION' && n.path.endsWith(`${threadId}#post-2`));
    expect(reached.title).toBe('Ada Admin mentioned you in “Rota”');
    await never(priv.member, (n) => n.path.includes(threadId));
    await never(priv.outsider, () => true);
    // Editing again (the coordinator still mentioned) and editing the opening post tell nobody twice.
    await edit(postId, `Who can help on Friday, ${mention(priv.coordinator)}? ${mention(priv.member)}`);
    const opening = (await ok('query($id: ID!) { thread(id: $id) { posts(first: 1) { nodes { id } } } }', { id: threadId }, priv.admin.token)).thread.posts.nodes[0].id;
    await edit(opening, `Opening, edited ${mention(priv.coordinator)}`);
    await tick(600);
    const onThread = (await notes(priv.coordinator)).filter((n) => n.path.includes(threadId)).map((n) => n.path.replace(/.*\/t\//, ''));
    expect(onThread.sort()).toEqual([threadId, `${threadId}#post-2`].sort());
  });

  it('tells folder watchers of a new document; outsiders cannot watch a private folder', async () => {
    const folderId = (await ok('mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', { i: { networkId: priv.networkId, name: 'Minutes' } }, priv.coordinator.token)).createFolder.id;
    expect((await ok('mutation($id: ID!) { watchFolder(folderId: $id) }', { id: folderId }, priv.admin.token)).watchFolder).toBe(true);
    expect((await t.gql('mutation($id: ID!) { watchFolder(folderId: $id) }', { id: folderId }, priv.outsider.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const body = 'minutes of the meeting';
    const ticket = (await ok('mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers { name value } } }', { i: { networkId: priv.networkId, filename: 'm.txt', contentType: 'text/plain', size: body.length } }, priv.member.token)).requestUpload;
    await fetch(ticket.url.replace('https://hub.example.org', t.url), { method: ticket.method, headers: Object.fromEntries(ticket.headers.map((h: { name: string; value: string }) => [h.name, h.value])), body });
    const doc = (await ok('mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }', { i: { uploadId: ticket.uploadId, folderId, title: 'March minutes' } }, priv.member.token)).completeUpload;
    const note = await waitFor(priv.admin, (n) => n.kind === 'DOCUMENT_ADDED');
    expect(note).toMatchObject({ title: 'Mel Member added “March minutes” to “Minutes”', path: `/n/${priv.slug}/d/${doc.id}` });
    const watching = await ok('query($slug: String!) { network(slug: $slug) { folders { id watching } } }', { slug: priv.slug }, priv.admin.token);
    expect(watching.network.folders.find((f: { id: string }) => f.id === folderId).watching).toBe(true);
  });

  it('tells people who answered an event when it is cancelled, and someone promoted from the waitlist', async () => {
    const startsAt = new Date(Date.now() + 5 * 86400_000);
    const event = (await ok('mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }', { i: { networkId: pub.networkId, title: 'Ward walk', location: 'Park gates', capacity: 1, startsAt, endsAt: new Date(startsAt.getTime() + 3600_000) } }, pub.coordinator.token)).createEvent;
    const rsvp = 'mutation($id: ID!, $s: RsvpStatus!) { rsvp(eventId: $id, status: $s) { myRsvp } }';
    await ok(rsvp, { id: event.id, s: 'GOING' }, pub.member.token);
    expect((await ok(rsvp, { id: event.id, s: 'GOING' }, pub.admin.token)).rsvp.myRsvp).toBe('WAITLISTED');
    await ok(rsvp, { id: event.id, s: 'NOT_GOING' }, pub.member.token);
    await waitFor(pub.admin, (n) => n.kind === 'WAITLIST_PROMOTED' && n.path === `/n/${pub.slug}/e/${event.id}`);
    await ok('mutation($i: CancelEventInput!) { cancelEvent(input: $i) { id } }', { i: { eventId: event.id, reason: 'Storm warning' } }, pub.coordinator.token);
    const cancelled = await waitFor(pub.admin, (n) => n.kind === 'EVENT_CANCELLED');
    expect(cancelled).toMatchObject({ title: 'Cancelled: “Ward walk”', body: 'Storm warning' });
    await never(pub.member, (n) => n.kind === 'EVENT_CANCELLED'); // answered NOT_GOING
  });

  it('asks coordinators to approve a membership request, and tells the person when approved', async () => {
    const joiner = await t.register('Jo Joiner');
    const membership = (await ok('mutation($id: ID!) { joinNetwork(networkId: $id) { id status } }', { id: priv.networkId }, joiner.token)).joinNetwork;
    expect(membership.status).toBe('PENDING');
    await waitFor(priv.coordinator, (n) => n.kind === 'MEMBERSHIP_REQUESTED' && n.title === `Jo Joiner asked to join Network ${priv.slug}`);
    await waitFor(priv.admin, (n) => n.kind === 'MEMBERSHIP_REQUESTED');
    await never(priv.member, (n) => n.kind === 'MEMBERSHIP_REQUESTED');
    await ok('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id: membership.id }, priv.coordinator.token);
    await waitFor(joiner, (n) => n.kind === 'MEMBERSHIP_APPROVED' && n.path === `/n/${priv.slug}`);
  });

  it('tells an invited organisation\'s people, the lead of the answer, and organisations of deadlines', async () => {
    const org = async (who: TestUser, name: string) =>
      (await ok('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', { i: { name, kind: 'VOLUNTARY', networkId: pub.networkId } }, who.token)).createOrganisation.id as string;
    const leadOrg = await org(pub.coordinator, 'Lead Trust');
    const partnerOrg = await org(pub.member, 'Partner Group');
    const deadline = new Date(Date.now() + 20 * 3600_000);
    const opportunity = (await ok('mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }', { i: { networkId: pub.networkId, title: 'Befriending service', funder: 'Council', description: 'x', deadline } }, pub.coordinator.token)).createOpportunity.id;
    await ok('mutation($i: ExpressInterestInput!) { expressInterest(input: $i) { id } }', { i: { opportunityId: opportunity, organisationId: partnerOrg, note: 'keen' } }, pub.member.token);
    const consortium = (await ok('mutation($i: FormConsortiumInput!) { formConsortium(input: $i) { id } }', { i: { opportunityId: opportunity, name: 'Befrienders', leadOrganisationId: leadOrg } }, pub.coordinator.token)).formConsortium.id;
    const member = (await ok('mutation($i: InviteToConsortiumInput!) { inviteToConsortium(input: $i) { id } }', { i: { consortiumId: consortium, organisationId: partnerOrg } }, pub.coordinator.token)).inviteToConsortium.id;
    await waitFor(pub.member, (n) => n.kind === 'CONSORTIUM_INVITATION' && n.title === 'Lead Trust invited Partner Group to join the consortium “Befrienders”');
    await ok('mutation($id: ID!) { respondToInvitation(memberId: $id, accept: true) { id } }', { id: member }, pub.member.token);
    await waitFor(pub.coordinator, (n) => n.kind === 'CONSORTIUM_RESPONSE' && n.path === `/n/${pub.slug}/c/${consortium}`);
    // The consortia domain records due reminders, each with its notice; notifications turn them into notifications, once.
    const reminders = t.app.get(DeadlineRemindersService);
    expect(await reminders.recordDueReminders()).toBeGreaterThan(0);
    expect(await reminders.recordDueReminders()).toBe(0);
    const due = await waitFor(pub.member, (n) => n.kind === 'OPPORTUNITY_DEADLINE');
    expect(due.title).toBe('Tomorrow: submission deadline for “Befriending service”');
    await tick(1000);
    expect((await notes(pub.member)).filter((n) => n.kind === 'OPPORTUNITY_DEADLINE')).toHaveLength(1);
    await never(pub.outsider, (n) => n.kind === 'OPPORTUNITY_DEADLINE');
  });

  it('emails at once those who asked, with HTML and text parts and a working one-click unsubscribe', async () => {
    const s = await networkScenario(t, 'PUBLIC');
    await ok('mutation($id: ID!) { setNotificationPreference(networkId: $id, email: IMMEDIATELY) { email network { slug } } }', { id: s.networkId }, s.member.token);
    const prefs = (await ok('{ notificationPreferences { email network { id } } }', {}, s.member.token)).notificationPreferences;
    expect(prefs).toEqual([{ email: 'IMMEDIATELY', network: { id: s.networkId } }]);
    const threadId = await thread(s.member.token, s.networkId, 'Litter pick <b>Saturday</b>');
    const before = smtp.received.length;
    await reply(s.coordinator.token, threadId, 'Count me in & bring <gloves>');
    for (let i = 0; i < 100 && smtp.received.length === before; i++) await tick(100);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toBe(s.member.email);
    expect(mail.subject).toBe(`[Network ${s.slug}] Cora Coordinator replied in “Litter pick <b>Saturday</b>”`);
    expect(mail.text).toContain('Count me in & bring <gloves>');
    expect(mail.text).toContain(`https://hub.example.org/n/${s.slug}/t/${threadId}#post-2`);
    expect(mail.html).toContain('Count me in &amp; bring &lt;gloves&gt;');
    expect(mail.html).not.toContain('<b>Saturday</b>');
    const unsubscribe = /<(https:\/\/hub\.example\.org\/email\/unsubscribe\?token=[^>]+)>/.exec(mail.headers['list-unsubscribe'])![1];
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain(unsubscribe);
    const clicked = await fetch(unsubscribe.replace('https://hub.example.org', t.url));
    expect(clicked.status).toBe(200);
    expect(await clicked.text()).toContain('Unsubscribed');
    expect((await ok('{ notificationPreferences { email } }', {}, s.member.token)).notificationPreferences).toEqual([{ email: 'OFF' }]);
    expect((await fetch(`${t.url}/email/unsubscribe?token=forged`)).status).toBe(400);
    // Off: no more email.
    const after = smtp.received.length;
    await reply(s.admin.token, threadId, 'Me too');
    await waitFor(s.member, (n) => n.title.startsWith('Ada Admin'));
    await tick(1500);
    expect(smtp.received.length).toBe(after);
  });

  it('sends one daily digest per network grouping forum and events, never twice, and only after 07:00 UK time', async () => {
    const s = await networkScenario(t, 'PUBLIC');
    const threadId = await thread(s.member.token, s.networkId, 'Repair café');
    await reply(s.coordinator.token, threadId, 'I can fix kettles');
    const startsAt = new Date(Date.now() + 3 * 86400_000);
    const event = (await ok('mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }', { i: { networkId: s.networkId, title: 'Repair day', location: 'Hall', startsAt, endsAt: new Date(startsAt.getTime() + 3600_000) } }, s.coordinator.token)).createEvent;
    await ok('mutation($id: ID!) { rsvp(eventId: $id, status: GOING) { id } }', { id: event.id }, s.member.token);
    await ok('mutation($i: UpdateEventInput!) { updateEvent(input: $i) { id } }', { i: { eventId: event.id, location: 'Library' } }, s.coordinator.token);
    await waitFor(s.member, (n) => n.kind === 'EVENT_CHANGED');
    const producers = t.app.get(NotificationProducersService);
    // (Not the sign-up confirmation, which may arrive meanwhile.)
    const mine = () => smtp.received.filter((m) => m.to === s.member.email && m.subject.startsWith('[Network '));
    // Tomorrow at 06:30 UK time: too early for the digest.
    const tomorrow = new Date(Date.now() + 86400_000);
    const at = (hour: number, minute = 0) => new Date(`${tomorrow.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${ukOffset(tomorrow)}`);
    await producers.sweep(at(6, 30));
    await tick(1500);
    expect(mine()).toEqual([]);
    await producers.sweep(at(8));
    for (let i = 0; i < 100 && mine().length === 0; i++) await tick(100);
    expect(mine()).toHaveLength(1);
    const digest = mine()[0];
    expect(digest.subject).toBe(`[Network ${s.slug}] Your daily digest: 2 updates`);
    expect(digest.html).toMatch(/<h2[^>]*>Forum<\/h2>.*Cora Coordinator replied in “Repair café”.*<h2[^>]*>Events<\/h2>.*Changed: “Repair day”/s);
    expect(digest.text).toMatch(/FORUM\n- Cora Coordinator replied in “Repair café”\n {2}I can fix kettles\n {2}https:\/\/hub\.example\.org\/n\/.*EVENTS\n- Changed: “Repair day”/s);
    expect(digest.headers['list-unsubscribe']).toContain('/email/unsubscribe?token=');
    // Again the same day, or from a second process: nothing more.
    await producers.sweep(at(9));
    await tick(1500);
    expect(mine()).toHaveLength(1);
    const pending: { n: number }[] = await t.dataSource.query('SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND emailed_at IS NULL', [s.member.id]);
    expect(pending[0].n).toBe(0);
  });

  it('sends a recorded email once when two jobs deliver it at the same moment (as from two API processes)', async () => {
    const s = await networkScenario(t, 'PUBLIC');
    const threadId = await thread(s.member.token, s.networkId, 'Bulb swap');
    await reply(s.coordinator.token, threadId, 'I have spare bulbs');
    const note = await waitFor(s.member, (n) => n.kind === 'REPLY');
    // Recorded as the digest sweep records one (DAILY is the default), but with no job queued for it.
    const [delivery]: { id: string }[] = await t.dataSource.query(
      "INSERT INTO email_deliveries (user_id, network_id, key) VALUES ($1, $2, 'daily:two-senders') RETURNING id",
      [s.member.id, s.networkId],
    );
    await t.dataSource.query('UPDATE notifications SET emailed_at = now(), email_delivery_id = $2 WHERE id = $1', [note.id, delivery.id]);
    const emails = t.app.get(EmailDeliveryService);
    await Promise.all([emails.deliver(delivery.id, false), emails.deliver(delivery.id, false)]);
    await emails.deliver(delivery.id, false);
    await tick(300);
    expect(smtp.received.filter((m) => m.to === s.member.email && m.subject.startsWith('[Network '))).toHaveLength(1);
    const [row]: { status: string; attempts: number }[] = await t.dataSource.query('SELECT status, attempts FROM email_deliveries WHERE id = $1', [delivery.id]);
    expect(row).toEqual({ status: 'SENT', attempts: 1 });
  });

  it('writes emails to ./data/mail as .eml files when no SMTP server is configured', async () => {
    const local = await startTestApp({ ...ADMIN_ENV, JOBS_POLLING_INTERVAL_SECONDS: '0.5', NOTIFICATION_SWEEP_INTERVAL_SECONDS: '0' });
    try {
      const s = await networkScenario(local, 'PUBLIC');
      await local.gql('mutation($id: ID!) { setNotificationPreference(networkId: $id, email: IMMEDIATELY) { email } }', { id: s.networkId }, s.member.token);
      const created = await local.gql('mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', { i: { networkId: s.networkId, title: 'Offline', body: 'x', tags: [] } }, s.member.token);
      await local.gql('mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }', { i: { threadId: created.data.createThread.id, body: 'Read me in a file' } }, s.admin.token);
      const folder = join(local.config.dataDir, 'mail');
      // The folder also holds the scenario's sign-up confirmations: the notification is the one about the reply.
      const aboutTheReply = async () => {
        const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.eml')) : [];
        const parsed = await Promise.all(files.map(async (f) => PostalMime.parse(readFileSync(join(folder, f)))));
        return parsed.filter((mail) => mail.text?.includes('Read me in a file'));
      };
      for (let i = 0; i < 100 && !(await aboutTheReply()).length; i++) await tick(100);
      const found = await aboutTheReply();
      expect(found).toHaveLength(1);
      expect(found[0].to?.[0]?.address).toBe(s.member.email);
    } finally {
      await local.close();
    }
  });
});

/** "+01:00" in British Summer Time, "+00:00" otherwise, for a date. */
function ukOffset(date: Date): string {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hour12: false }).format(new Date(`${date.toISOString().slice(0, 10)}T12:00:00Z`)));
  return hour === 13 ? '+01:00' : '+00:00';
}
