import { ADMIN_ENV, type NetworkScenario, networkScenario } from '../support/scenarios';
import { collect, startTestApp, type TestApp, type TestUser, tick } from '../support/test-app';

/**
 * "A network can hold first posts by newcomers for a coordinator's approval": every door
 * a held post could leak through, for a member who is not a coordinator and for anonymous
 * visitors of a public network, over HTTP and WebSocket, and search; then approval
 * (everything a new post does happens) and rejection (removed, the author told), both in
 * the audit log.
 */
const HOLD = 'mutation($i: SetNewcomerPostHoldInput!) { setNewcomerPostHold(input: $i) }';
const JOIN = 'mutation($id: ID!) { joinNetwork(networkId: $id) { id status } }';
const CREATE_THREAD = 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id holdStatus postCount } }';
const REPLY = 'mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id position holdStatus } }';
const THREAD = `query($id: ID!) { thread(id: $id) { id holdStatus locked postCount posts(first: 20) { nodes { id position holdStatus deleted } } pendingReplies { id holdStatus body } } }`;
const THREADS = 'query($slug: String!) { network(slug: $slug) { threads(first: 50) { totalCount nodes { id holdStatus } } } }';
const HELD = 'query($slug: String!) { network(slug: $slug) { heldPosts(first: 20) { totalCount nodes { id body holdStatus thread { id title } author { id } } } } }';
const SEARCH = 'query($q: String!) { search(query: $q, first: 20) { kind id } }';
const APPROVE = 'mutation($id: ID!) { approveHeldPost(postId: $id) { id position holdStatus } }';
const REJECT = 'mutation($i: RejectHeldPostInput!) { rejectHeldPost(input: $i) { id holdStatus deleted } }';
const NOTIFICATIONS = '{ notifications(first: 50) { nodes { kind title body path } } }';
const AUDIT = 'query($slug: String!) { network(slug: $slug) { auditLog(first: 50) { nodes { action subjectKind subjectId note } } } }';
const RECENT = 'query($id: ID!) { user(id: $id) { recentPosts { id } } }';

describe("Newcomers' first posts held for approval", () => {
  let t: TestApp;
  let s: NetworkScenario;
  let threadId: string;

  const ok = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await t.gql(query, variables, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  /** Someone who signed up a moment ago (a newcomer: NEWCOMER_DAYS is 3 here) and joined the public network. */
  const newcomer = async (name: string): Promise<TestUser> => {
    const person = await t.register(name);
    await ok(JOIN, { id: s.networkId }, person.token);
    return person;
  };
  const waitFor = async <T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
      await tick(150);
    }
  };
  const notificationsOf = async (user: TestUser) => (await ok(NOTIFICATIONS, {}, user.token)).notifications.nodes as { kind: string; title: string; body: string; path: string }[];
  const auditLog = async () => (await ok(AUDIT, { slug: s.slug }, s.coordinator.token)).network.auditLog.nodes as { action: string; subjectId: string; note: string }[];
  const searchIds = async (word: string, token?: string) => (await ok(SEARCH, { q: word }, token)).search.map((h: { id: string }) => h.id);

  beforeAll(async () => {
    t = await startTestApp({
      ...ADMIN_ENV,
      // Every account made here is a newcomer (tests elsewhere run with NEWCOMER_DAYS=0).
      NEWCOMER_DAYS: '3',
      NEWCOMER_POSTS_PER_HOUR: '100',
      NEWCOMER_LINKS_PER_HOUR: '100',
      JOBS_POLLING_INTERVAL_SECONDS: '0.5',
    });
    s = await networkScenario(t, 'PUBLIC');
    // The member posted before the setting was on: they have a published post, so they are not held.
    threadId = (await ok(CREATE_THREAD, { i: { networkId: s.networkId, title: 'Community garden', body: 'Who can help on Saturday?', tags: [] } }, s.member.token)).createThread.id;
    // Off by default: only a coordinator turns it on (logged).
    expect((await ok('query($slug: String!) { network(slug: $slug) { holdsNewcomerPosts } }', { slug: s.slug }, s.coordinator.token)).network.holdsNewcomerPosts).toBe(false);
    expect((await t.gql(HOLD, { i: { networkId: s.networkId, enabled: true } }, s.member.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await ok(HOLD, { i: { networkId: s.networkId, enabled: true } }, s.coordinator.token);
  }, 60_000);
  afterAll(() => t.close());

  it("holds a newcomer's reply: only its author and coordinators see it, in no count, list, search, notification or live event, until approved", async () => {
    const nina = await newcomer('Nina Newcomer');
    const anonymousPosts = collect(t.ws(), 'subscription($id: ID!) { postAdded(threadId: $id) { id body } }', { id: threadId });
    const memberPosts = collect(t.ws(s.member.token), 'subscription($id: ID!) { postAdded(threadId: $id) { id body } }', { id: threadId });
    const anonymousActivity = collect(t.ws(), 'subscription($id: ID!) { threadUpdated(networkId: $id) { id postCount } }', { id: s.networkId });
    const memberEdits = collect(t.ws(s.member.token), 'subscription($id: ID!) { postUpdated(threadId: $id) { id body } }', { id: threadId });
    await tick(300);

    const reply = (await ok(REPLY, { i: { threadId, body: 'Happy to help: zanzibarquokka seedlings' } }, nina.token)).replyToThread;
    expect(reply.holdStatus).toBe('PENDING');
    expect(reply.position).toBeLessThan(0);
    // Its author may still edit it while it waits; nobody is told of that either.
    await ok('mutation($i: EditPostInput!) { editPost(input: $i) { id } }', { i: { postId: reply.id, body: 'Happy to help: zanzibarquokka seedlings and tools' } }, nina.token);

    // A member who is not a coordinator, and anonymous visitors: the thread as it was.
    for (const token of [undefined, s.member.token]) {
      const seen = (await ok(THREAD, { id: threadId }, token)).thread;
      expect(seen.postCount).toBe(1);
      expect(seen.posts.nodes.map((p: { id: string }) => p.id)).not.toContain(reply.id);
      expect(seen.pendingReplies).toEqual([]);
      expect(await searchIds('zanzibarquokka', token)).toEqual([]);
      expect((await ok(RECENT, { id: nina.id }, token)).user.recentPosts).toEqual([]);
    }
    // Quoting it, or reporting it, is refused as if it did not exist.
    const quoting = await t.gql(REPLY, { i: { threadId, body: 'Quoting', replyToPostId: reply.id } }, s.member.token);
    expect(quoting.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const reporting = await t.gql('mutation($i: ReportContentInput!) { reportContent(input: $i) { id } }', { i: { kind: 'POST', id: reply.id, reason: 'SPAM', note: '' } }, s.member.token);
    expect(reporting.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The author sees it waiting; so do coordinators, who also have it in their queue. Search finds it for nobody.
    const mine = (await ok(THREAD, { id: threadId }, nina.token)).thread;
    expect(mine.postCount).toBe(1);
    expect(mine.pendingReplies).toEqual([{ id: reply.id, holdStatus: 'PENDING', body: 'Happy to help: zanzibarquokka seedlings and tools' }]);
    expect(await searchIds('zanzibarquokka', nina.token)).toEqual([]);
    expect((await ok(THREAD, { id: threadId }, s.coordinator.token)).thread.pendingReplies.map((p: { id: string }) => p.id)).toEqual([reply.id]);
    const queue = (await ok(HELD, { slug: s.slug }, s.coordinator.token)).network.heldPosts;
    expect(queue.nodes).toEqual([expect.objectContaining({ id: reply.id, holdStatus: 'PENDING', thread: { id: threadId, title: 'Community garden' }, author: { id: nina.id } })]);
    expect((await t.gql(HELD, { slug: s.slug }, s.member.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(HELD, { slug: s.slug })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Only coordinators decide: its author and other members may not.
    expect((await t.gql(APPROVE, { id: reply.id }, nina.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(APPROVE, { id: reply.id }, s.member.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(APPROVE, { id: reply.id })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // Nothing went out: no live event, no notification to the thread's author.
    await tick(1500);
    expect([anonymousPosts.events, memberPosts.events, anonymousActivity.events, memberEdits.events]).toEqual([[], [], [], []]);
    expect((await notificationsOf(s.member)).filter((n) => n.kind === 'REPLY')).toEqual([]);

    // Approved: published as the thread's next post, and everything a new post does happens.
    const approved = (await ok(APPROVE, { id: reply.id }, s.coordinator.token)).approveHeldPost;
    expect(approved).toEqual({ id: reply.id, position: 2, holdStatus: null });
    expect(await anonymousPosts.next(1)).toBe(true);
    expect(anonymousPosts.events[0].postAdded.id).toBe(reply.id);
    expect(await memberPosts.next(1)).toBe(true);
    expect(await anonymousActivity.next(1)).toBe(true);
    expect(anonymousActivity.events[0].threadUpdated).toEqual({ id: threadId, postCount: 2 });
    const seen = (await ok(THREAD, { id: threadId })).thread;
    expect(seen.postCount).toBe(2);
    expect(seen.posts.nodes.map((p: { id: string; position: number }) => [p.id, p.position])).toContainEqual([reply.id, 2]);
    expect(await searchIds('zanzibarquokka')).toEqual([reply.id]);
    const told = await waitFor(() => notificationsOf(s.member), (list) => list.some((n) => n.kind === 'REPLY'), "the thread author's REPLY notification");
    expect(told.find((n) => n.kind === 'REPLY')!.path).toContain('#post-2');
    const author = await waitFor(() => notificationsOf(nina), (list) => list.some((n) => n.kind === 'POST_APPROVED'), 'POST_APPROVED');
    expect(author.find((n) => n.kind === 'POST_APPROVED')!.title).toMatch(/approved/);
    expect(await waitFor(auditLog, (log) => log.some((e) => e.action === 'APPROVE_POST'), 'APPROVE_POST in the audit log')).toContainEqual(
      expect.objectContaining({ action: 'APPROVE_POST', subjectId: reply.id }),
    );
    expect((await ok(HELD, { slug: s.slug }, s.coordinator.token)).network.heldPosts.nodes).toEqual([]);
    // Handled once: a second decision is a coded conflict.
    expect((await t.gql(APPROVE, { id: reply.id }, s.coordinator.token)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_AWAITING_APPROVAL' });
    // With one post approved here, the newcomer's next posts are published at once.
    expect((await ok(REPLY, { i: { threadId, body: 'And compost' } }, nina.token)).replyToThread).toMatchObject({ position: 3, holdStatus: null });
    for (const sub of [anonymousPosts, memberPosts, anonymousActivity, memberEdits]) sub.unsubscribe();
  }, 60_000);

  it("holds a newcomer's new thread (unlisted, unfound, unreplied), and a rejection removes it with a note the author is told, logged", async () => {
    const rob = await newcomer('Rob Newcomer');
    const anonymousThreads = collect(t.ws(), 'subscription($id: ID!) { threadAdded(networkId: $id) { id } }', { id: s.networkId });
    const memberThreads = collect(t.ws(s.member.token), 'subscription($id: ID!) { threadAdded(networkId: $id) { id } }', { id: s.networkId });
    await tick(300);
    const before = (await ok(THREADS, { slug: s.slug })).network.threads.totalCount;

    const created = (await ok(CREATE_THREAD, { i: { networkId: s.networkId, title: 'Cheap loans xylophonewombat', body: 'Click here', tags: [] } }, rob.token)).createThread;
    expect(created.holdStatus).toBe('PENDING');

    for (const token of [undefined, s.member.token]) {
      const list = (await ok(THREADS, { slug: s.slug }, token)).network.threads;
      expect(list.nodes.map((n: { id: string }) => n.id)).not.toContain(created.id);
      expect(list.totalCount).toBe(before);
      expect((await ok(THREAD, { id: created.id }, token)).thread).toBeNull();
      expect(await searchIds('xylophonewombat', token)).toEqual([]);
    }
    expect((await ok('{ myLatestThreads(first: 20) { id } }', {}, s.member.token)).myLatestThreads.map((th: { id: string }) => th.id)).not.toContain(created.id);
    // Nobody can reply to it, nor subscribe to it.
    expect((await t.gql(REPLY, { i: { threadId: created.id, body: 'Me too' } }, s.member.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(REPLY, { i: { threadId: created.id, body: 'More' } }, rob.token)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'THREAD_AWAITING_APPROVAL' });
    const watching = collect(t.ws(s.member.token), 'subscription($id: ID!) { postAdded(threadId: $id) { id } }', { id: created.id });
    expect(await watching.settled()).toBe(true);
    expect((watching.errors[0] as { extensions?: { code?: string } }[])?.[0]?.extensions?.code ?? JSON.stringify(watching.errors)).toMatch(/NOT_FOUND/);

    // Its author and coordinators see it, marked as waiting; the total counts published threads only.
    const authorsList = (await ok(THREADS, { slug: s.slug }, rob.token)).network.threads;
    expect(authorsList.nodes).toContainEqual({ id: created.id, holdStatus: 'PENDING' });
    expect(authorsList.totalCount).toBe(before);
    expect((await ok(THREAD, { id: created.id }, rob.token)).thread).toMatchObject({ holdStatus: 'PENDING', postCount: 1 });
    expect((await ok(THREAD, { id: created.id }, s.coordinator.token)).thread.posts.nodes).toEqual([expect.objectContaining({ position: 1, holdStatus: 'PENDING' })]);
    const queued = (await ok(HELD, { slug: s.slug }, s.coordinator.token)).network.heldPosts.nodes;
    expect(queued.map((p: { thread: { id: string } }) => p.thread.id)).toEqual([created.id]);
    await tick(1000);
    expect([anonymousThreads.events, memberThreads.events]).toEqual([[], []]);

    // Rejected, with a note: removed without being published; the author is told why.
    const bad = await t.gql(REJECT, { i: { postId: queued[0].id, note: 'x'.repeat(1001) } }, s.coordinator.token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = (await ok(REJECT, { i: { postId: queued[0].id, note: 'Please introduce yourself first' } }, s.coordinator.token)).rejectHeldPost;
    expect(rejected).toEqual({ id: queued[0].id, holdStatus: 'REJECTED', deleted: true });
    for (const token of [undefined, s.member.token]) expect((await ok(THREAD, { id: created.id }, token)).thread).toBeNull();
    expect((await ok(THREAD, { id: created.id }, rob.token)).thread).toMatchObject({ holdStatus: 'REJECTED', locked: true });
    expect((await ok(THREADS, { slug: s.slug }, rob.token)).network.threads.nodes.map((n: { id: string }) => n.id)).not.toContain(created.id);
    expect((await ok(HELD, { slug: s.slug }, s.coordinator.token)).network.heldPosts.nodes).toEqual([]);
    const told = await waitFor(() => notificationsOf(rob), (list) => list.some((n) => n.kind === 'POST_REJECTED'), 'POST_REJECTED');
    expect(told.find((n) => n.kind === 'POST_REJECTED')).toMatchObject({ body: 'Please introduce yourself first' });
    expect(await waitFor(auditLog, (log) => log.some((e) => e.action === 'REJECT_POST'), 'REJECT_POST in the audit log')).toContainEqual(
      expect.objectContaining({ action: 'REJECT_POST', subjectId: queued[0].id, note: 'Please introduce yourself first' }),
    );
    expect((await t.gql(APPROVE, { id: queued[0].id }, s.coordinator.token)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_AWAITING_APPROVAL' });
    await tick(500);
    expect([anonymousThreads.events, memberThreads.events]).toEqual([[], []]);
    anonymousThreads.unsubscribe();
    memberThreads.unsubscribe();
  }, 60_000);

  it('holds nobody when the setting is off, nor coordinators when it is on', async () => {
    const cora = await t.register('Cora Coordinator-to-be');
    const joined = (await ok(JOIN, { id: s.networkId }, cora.token)).joinNetwork;
    await ok('mutation($id: ID!, $role: MembershipRole!) { setMembershipRole(membershipId: $id, role: $role) { id } }', { id: joined.id, role: 'COORDINATOR' }, s.admin.token);
    expect((await ok(REPLY, { i: { threadId, body: 'From a new coordinator' } }, cora.token)).replyToThread.holdStatus).toBeNull();

    await ok(HOLD, { i: { networkId: s.networkId, enabled: false } }, s.coordinator.token);
    const olive = await newcomer('Olive Newcomer');
    expect((await ok(REPLY, { i: { threadId, body: 'Straight in' } }, olive.token)).replyToThread.holdStatus).toBeNull();
    await ok(HOLD, { i: { networkId: s.networkId, enabled: true } }, s.coordinator.token);
  }, 30_000);
});
