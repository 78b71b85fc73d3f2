import { collect, startTestApp, tick, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const CREATE = 'mutation($i: CreateThreadInput!) { createThread(input: $i) { id title tags postCount author { id } posts(first: 5) { nodes { id position body } } } }';
const REPLY = 'mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id position body replyTo { id } } }';
const LIST = 'query($slug: String!, $first: Int, $after: String, $tag: String) { network(slug: $slug) { threads(first: $first, after: $after, tag: $tag) { totalCount pageInfo { hasNextPage endCursor } nodes { id title pinned unreadCount firstUnreadPosition postCount lastPoster { id } } } } }';

describe('forum', () => {
  let t: TestApp;
  let s: NetworkScenario;
  let pub: NetworkScenario;

  const create = async (token: string, input: Record<string, unknown>, networkId = s.networkId) =>
    t.gql(CREATE, { i: { networkId, tags: [], ...input } }, token);

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    s = await networkScenario(t, 'PRIVATE');
    pub = await networkScenario(t, 'PUBLIC');
  });
  afterAll(() => t.close());

  it('starts a thread whose body becomes the first post, with tidy tags', async () => {
    const result = await create(s.member.token, { title: '  Summer fun day ', body: 'Who can help on **Saturday**?', tags: ['Events', ' events ', 'Volunteers'] });
    expect(result.errors).toBeUndefined();
    expect(result.data.createThread).toMatchObject({
      title: 'Summer fun day',
      tags: ['events', 'volunteers'],
      postCount: 1,
      author: { id: s.member.id },
      posts: { nodes: [{ position: 1, body: 'Who can help on **Saturday**?' }] },
    });
  });

  it.each([
    ['an empty title', { title: '   ', body: 'x' }, 'title'],
    ['an empty body', { title: 'Fine', body: ' ' }, 'body'],
    ['a 200 KB body', { title: 'Fine', body: 'x'.repeat(200 * 1024) }, 'body'],
    ['six tags', { title: 'Fine', body: 'x', tags: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'tags'],
    ['a 300-character title', { title: 't'.repeat(300), body: 'x' }, 'title'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, input, field) => {
    const before = { threads: await t.count('threads'), posts: await t.count('posts') };
    const result = await create(s.member.token, input);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors?.[0])).toContain(field);
    expect({ threads: await t.count('threads'), posts: await t.count('posts') }).toEqual(before);
  });

  it('stores a <script> as text: the body comes back exactly as written', async () => {
    const body = '<script>alert(1)</script> and <img src=x onerror=alert(2)>';
    const result = await create(s.member.token, { title: 'Markup', body });
    expect(result.data.createThread.posts.nodes[0].body).toBe(body);
  });

  it('numbers replies, quotes a post, and refuses a quote from another thread', async () => {
    const thread = (await create(s.member.token, { title: 'Minutes', body: 'First' })).data.createThread;
    const other = (await create(s.member.token, { title: 'Other', body: 'Elsewhere' })).data.createThread;
    const first = thread.posts.nodes[0].id;
    const reply = await t.gql(REPLY, { i: { threadId: thread.id, body: 'Agreed', replyToPostId: first } }, s.coordinator.token);
    expect(reply.data.replyToThread).toMatchObject({ position: 2, replyTo: { id: first } });
    const wrong = await t.gql(REPLY, { i: { threadId: thread.id, body: 'x', replyToPostId: other.posts.nodes[0].id } }, s.coordinator.token);
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(REPLY, { i: { threadId: '5f0c3c5e-0000-4000-8000-000000000000', body: 'x' } }, s.member.token);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('numbers concurrent replies without gaps or duplicates', async () => {
    const thread = (await create(s.member.token, { title: 'Busy', body: 'Go' })).data.createThread;
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.gql(REPLY, { i: { threadId: thread.id, body: `Reply ${i}` } }, i % 2 ? s.member.token : s.coordinator.token)),
    );
    const positions = replies.map((r) => r.data.replyToThread.position).sort((a: number, b: number) => a - b);
    expect(positions).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    const after = await t.gql('query($id: ID!) { thread(id: $id) { postCount } }', { id: thread.id }, s.member.token);
    expect(after.data.thread.postCount).toBe(21);
  });

  it('keeps earlier text when an author edits, and lets only the author edit', async () => {
    const thread = (await create(s.member.token, { title: 'Typo', body: 'Teh meeting' })).data.createThread;
    const postId = thread.posts.nodes[0].id;
    const edit = 'mutation($i: EditPostInput!) { editPost(input: $i) { body editedAt revisions { body } } }';
    const edited = await t.gql(edit, { i: { postId, body: 'The meeting' } }, s.member.token);
    expect(edited.data.editPost.body).toBe('The meeting');
    expect(edited.data.editPost.editedAt).not.toBeNull();
    expect(edited.data.editPost.revisions).toEqual([{ body: 'Teh meeting' }]);
    const notMine = await t.gql(edit, { i: { postId, body: 'Hijacked' } }, s.coordinator.token);
    expect(notMine.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('soft-deletes: "post removed", the thread stays readable, a coordinator removal is logged with its reason', async () => {
    const thread = (await create(s.member.token, { title: 'Heated', body: 'Opening' })).data.createThread;
    const reply = (await t.gql(REPLY, { i: { threadId: thread.id, body: 'Rude words' } }, s.member.token)).data.replyToThread;
    const removed = await t.gql('mutation($id: ID!) { deletePost(postId: $id, reason: "Breaks the code of conduct") { deleted body } }', { id: reply.id }, s.coordinator.token);
    expect(removed.data.deletePost).toEqual({ deleted: true, body: '' });
    const read = await t.gql('query($id: ID!) { thread(id: $id) { postCount posts { nodes { position deleted body } } } }', { id: thread.id }, s.outsider.token);
    expect(read.data.thread).toBeNull();
    const asMember = await t.gql('query($id: ID!) { thread(id: $id) { postCount posts { nodes { position deleted body } } } }', { id: thread.id }, s.member.token);
    expect(asMember.data.thread.posts.nodes).toEqual([
      { position: 1, deleted: false, body: 'Opening' },
      { position: 2, deleted: true, body: '' },
    ]);
    const log = await t.gql('query($slug: String!) { network(slug: $slug) { moderationLog(first: 5) { nodes { action reason postId actor { id } } } } }', { slug: s.slug }, s.coordinator.token);
    expect(log.data.network.moderationLog.nodes[0]).toEqual({ action: "REMOVE_POST", reason: "Breaks the code of conduct", postId: reply.id, actor: { id: s.coordinator.id } });
    const logAsMember = await t.gql('query($slug: String!) { network(slug: $slug) { moderationLog { nodes { id } } } }', { slug: s.slug }, s.member.token);
    expect(logAsMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('locks a thread: replies are refused with a coded error and nothing is written', async () => {
    const thread = (await create(s.member.token, { title: 'Closed topic', body: 'Done' })).data.createThread;
    await t.gql('mutation($i: SetThreadFlagInput!) { lockThread(input: $i) { locked } }', { i: { threadId: thread.id, value: true, reason: 'Resolved' } }, s.coordinator.token);
    const before = await t.count('posts');
    const reply = await t.gql(REPLY, { i: { threadId: thread.id, body: 'One more thing' } }, s.member.token);
    expect(reply.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/locked/) });
    expect(await t.count('posts')).toBe(before);
  });

  it('lists pinned threads first, then newest activity, filters by tag, and pages without gaps', async () => {
    const net = pub;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await create(net.member.token, { title: `Topic ${i}`, body: 'x', tags: i % 2 ? ['odd'] : [] }, net.networkId)).data.createThread.id);
    await t.gql(REPLY, { i: { threadId: ids[0], body: 'bump' } }, net.member.token); // oldest becomes most active
    await t.gql('mutation($i: SetThreadFlagInput!) { pinThread(input: $i) { id } }', { i: { threadId: ids[3], value: true, reason: '' } }, net.coordinator.token);
    const page1 = await t.gql(LIST, { slug: net.slug, first: 4 });
    const titles = page1.data.network.threads.nodes.map((n: { title: string }) => n.title);
    expect(titles).toEqual(['Topic 3', 'Topic 0', 'Topic 6', 'Topic 5']);
    const page2 = await t.gql(LIST, { slug: net.slug, first: 4, after: page1.data.network.threads.pageInfo.endCursor });
    expect(page2.data.network.threads.nodes.map((n: { title: string }) => n.title)).toEqual(['Topic 4', 'Topic 2', 'Topic 1']);
    expect(page1.data.network.threads.totalCount).toBe(7);
    const odd = await t.gql(LIST, { slug: net.slug, tag: 'odd' });
    expect(odd.data.network.threads.nodes).toHaveLength(3);
  });

  it('refuses the list of a PRIVATE network to everyone who may not read it, with threads in it or none', async () => {
    const empty = await networkScenario(t, 'PRIVATE');
    await create(s.member.token, { title: 'Members only', body: 'x' });
    const page = (slug: string, token?: string) => t.gql('query($slug: String!) { network(slug: $slug) { threads(first: 12) { nodes { id title } } } }', { slug }, token);
    for (const net of [s, empty]) {
      expect((await page(net.slug)).data.network).toBeNull(); // anonymous: the network itself is hidden
      for (const person of [net.outsider, net.pending, net.suspended]) {
        const refused = await page(net.slug, person.token);
        expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(JSON.stringify(refused.data ?? null)).not.toContain('Members only');
      }
    }
    expect((await page(empty.slug, empty.member.token)).data.network.threads.nodes).toEqual([]);
    const seen = (await page(s.slug, s.member.token)).data.network.threads.nodes;
    expect(seen.map((n: { title: string }) => n.title)).toContain('Members only');
    expect((await page(s.slug, s.platformAdmin.token)).data.network.threads.nodes).toEqual(seen);
  });

  it('counts unread posts per person and opens at the first unread one', async () => {
    const thread = (await create(pub.member.token, { title: 'Unread', body: 'Start' }, pub.networkId)).data.createThread;
    for (let i = 0; i < 3; i++) await t.gql(REPLY, { i: { threadId: thread.id, body: `r${i}` } }, pub.coordinator.token);
    const state = 'query($id: ID!) { thread(id: $id) { unreadCount firstUnreadPosition } }';
    expect((await t.gql(state, { id: thread.id }, pub.member.token)).data.thread).toEqual({ unreadCount: 3, firstUnreadPosition: 2 });
    expect((await t.gql(state, { id: thread.id }, pub.coordinator.token)).data.thread).toEqual({ unreadCount: 0, firstUnreadPosition: 4 });
    expect((await t.gql(state, { id: thread.id }, pub.outsider.token)).data.thread).toEqual({ unreadCount: 4, firstUnreadPosition: 1 });
    await t.gql('mutation($id: ID!) { markThreadRead(threadId: $id, position: 3) { id } }', { id: thread.id }, pub.member.token);
    expect((await t.gql(state, { id: thread.id }, pub.member.token)).data.thread).toEqual({ unreadCount: 1, firstUnreadPosition: 4 });
    // Reading never goes backwards.
    await t.gql('mutation($id: ID!) { markThreadRead(threadId: $id, position: 1) { id } }', { id: thread.id }, pub.member.token);
    expect((await t.gql(state, { id: thread.id }, pub.member.token)).data.thread.unreadCount).toBe(1);
    const list = await t.gql(LIST, { slug: pub.slug, first: 50 }, pub.member.token);
    expect(list.data.network.threads.nodes.find((n: { id: string }) => n.id === thread.id).unreadCount).toBe(1);
    const watched = await t.gql('mutation($id: ID!) { watchThread(threadId: $id, level: MUTED) { myWatchLevel } }', { id: thread.id }, pub.member.token);
    expect(watched.data.watchThread.myWatchLevel).toBe('MUTED');
  });

  it('lets anyone read a PUBLIC network\'s threads, but only members write', async () => {
    const thread = (await create(pub.member.token, { title: 'Open to all', body: 'Hello' }, pub.networkId)).data.createThread;
    expect((await t.gql('query($id: ID!) { thread(id: $id) { title } }', { id: thread.id })).data.thread.title).toBe('Open to all');
    const anonymous = await t.gql(REPLY, { i: { threadId: thread.id, body: 'hi' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const outsider = await t.gql(REPLY, { i: { threadId: thread.id, body: 'hi' } }, pub.outsider.token);
    expect(outsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('delivers replies live, checks every event, and stops a suspended member at once', async () => {
    const thread = (await create(s.member.token, { title: 'Live', body: 'Watch this' })).data.createThread;
    const reader = await t.register('Soon suspended reader');
    const joined = await t.gql('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: s.networkId }, reader.token);
    await t.gql('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id: joined.data.joinNetwork.id }, s.coordinator.token);
    const query = 'subscription($id: ID!) { postAdded(threadId: $id) { id body author { id } } }';
    const member = collect(t.ws(s.member.token), query, { id: thread.id });
    const suspendedLater = collect(t.ws(reader.token), query, { id: thread.id });
    const outsider = collect(t.ws(s.outsider.token), query, { id: thread.id });
    await tick(300);
    expect(outsider.errors.flat()[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });

    await t.gql(REPLY, { i: { threadId: thread.id, body: 'First live reply' } }, s.coordinator.token);
    expect(await member.next(1)).toBe(true);
    expect(await suspendedLater.next(1)).toBe(true);
    expect(member.events[0].postAdded).toMatchObject({ body: 'First live reply', author: { id: s.coordinator.id } });

    await t.gql('mutation($id: ID!) { suspendMembership(membershipId: $id) { id } }', { id: joined.data.joinNetwork.id }, s.coordinator.token);
    await t.gql(REPLY, { i: { threadId: thread.id, body: 'Second live reply' } }, s.coordinator.token);
    expect(await member.next(2)).toBe(true);
    await tick(400);
    expect(suspendedLater.events).toHaveLength(1);
  });

  it('delivers edits and removals live (postUpdated) to readers only, with a removed post\'s text gone', async () => {
    const thread = (await create(s.member.token, { title: 'Edited live', body: 'First version' })).data.createThread;
    const reply = (await t.gql(REPLY, { i: { threadId: thread.id, body: 'A reply to change' } }, s.member.token)).data.replyToThread;
    const query = 'subscription($id: ID!) { postUpdated(threadId: $id) { id body deleted editedAt author { id } } }';
    const reader = collect(t.ws(s.coordinator.token), query, { id: thread.id });
    const outsider = collect(t.ws(s.outsider.token), query, { id: thread.id });
    const anonymous = collect(t.ws(), query, { id: thread.id });
    await tick(300);
    expect(outsider.errors.flat()[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(anonymous.errors.flat()[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });

    const edited = await t.gql('mutation($i: EditPostInput!) { editPost(input: $i) { id } }', { i: { postId: reply.id, body: 'A reply, changed' } }, s.member.token);
    expect(edited.errors).toBeUndefined();
    expect(await reader.next(1)).toBe(true);
    expect(reader.events[0].postUpdated).toMatchObject({ id: reply.id, body: 'A reply, changed', deleted: false, author: { id: s.member.id } });
    expect(reader.events[0].postUpdated.editedAt).toEqual(expect.any(String));

    await t.gql('mutation($id: ID!) { deletePost(postId: $id, reason: "Off topic") { id } }', { id: reply.id }, s.coordinator.token);
    expect(await reader.next(2)).toBe(true);
    expect(reader.events[1].postUpdated).toMatchObject({ id: reply.id, body: '', deleted: true });
    // A new reply is not an update.
    await t.gql(REPLY, { i: { threadId: thread.id, body: 'Not an edit' } }, s.member.token);
    await tick(400);
    expect(reader.events).toHaveLength(2);
    expect(outsider.events).toHaveLength(0);
  });

  it('tells readers of a network when one of its threads gains a reply (threadUpdated), with the new count', async () => {
    const thread = (await create(s.member.token, { title: 'Counting live', body: 'One' })).data.createThread;
    const query = 'subscription($id: ID!) { threadUpdated(networkId: $id) { id postCount lastPoster { id } } }';
    const reader = collect(t.ws(s.coordinator.token), query, { id: s.networkId });
    const outsider = collect(t.ws(s.outsider.token), query, { id: s.networkId });
    await tick(300);
    expect(outsider.errors.flat()[0]).toMatchObject({ extensions: { code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/) } });
    await t.gql(REPLY, { i: { threadId: thread.id, body: 'Two' } }, s.member.token);
    expect(await reader.next(1)).toBe(true);
    expect(reader.events[0].threadUpdated).toEqual({ id: thread.id, postCount: 2, lastPoster: { id: s.member.id } });
  });

  it('announces new threads live to readers of the network', async () => {
    const query = 'subscription($id: ID!) { threadAdded(networkId: $id) { id title } }';
    const anonymous = collect(t.ws(), query, { id: pub.networkId });
    await tick(300);
    const created = (await create(pub.member.token, { title: 'Fresh topic', body: 'x' }, pub.networkId)).data.createThread;
    expect(await anonymous.next(1)).toBe(true);
    expect(anonymous.events[0].threadAdded).toEqual({ id: created.id, title: 'Fresh topic' });
  });
});
