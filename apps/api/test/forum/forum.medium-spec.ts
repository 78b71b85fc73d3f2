import { ForumService } from '@community-hub/api-forum';
import { refusal, startMediumTest, type MediumNetwork, type MediumTest } from '../support/medium';

// The forum's rules, called on ForumService directly against real PostgreSQL (no HTTP).
describe('forum rules (medium)', () => {
  let m: MediumTest;
  let forum: ForumService;
  let n: MediumNetwork;
  let seen: string;

  beforeAll(async () => {
    m = await startMediumTest();
    forum = m.get(ForumService);
    n = await m.network('PRIVATE');
  });
  afterAll(() => m?.close());

  const newThread = (title = 'Minibus rota') => forum.createThread(n.member, { networkId: n.networkId, title, body: 'Who can drive on Tuesdays?', tags: [] });
  const postsIn = async (threadId: string) => (await m.dataSource.query('SELECT count(*)::int AS n FROM posts WHERE thread_id = $1', [threadId]))[0].n;

  /** Outsiders, pending and suspended people are refused (FORBIDDEN or NOT_FOUND: either way they learn nothing and nothing is written). */
  const expectDenied = async (promise: Promise<unknown>) => expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(promise)).code);

  it('a member starts a thread; an outsider, a pending and a suspended person cannot, and nothing is written', async () => {
    const thread = await newThread();
    expect(thread).toMatchObject({ authorId: n.member.userId, postCount: 1, locked: false, pinned: false });
    seen = thread.id;
    const before = await m.count('threads');
    for (const who of [n.outsider, n.pending, n.suspended]) {
      await expectDenied(forum.createThread(who, { networkId: n.networkId, title: 'Let me in', body: 'Hello', tags: [] }));
    }
    expect(await m.count('threads')).toBe(before);
  });

  it('the signed-in home lists the latest threads of the caller\'s own spaces only, most recent activity first', async () => {
    const other = await m.network('PUBLIC');
    const mine = await newThread('Home: older');
    const elsewhere = await forum.createThread(other.member, { networkId: other.networkId, title: 'Home: another network', body: 'Not yours', tags: [] });
    const newer = await newThread('Home: newer');
    await forum.reply(n.coordinator, { threadId: mine.id, body: 'Bumps the older one to the top' });
    const latest = (await forum.latestInMySpaces(n.member, 20)).map((t) => t.id);
    expect(latest.slice(0, 2)).toEqual([mine.id, newer.id]);
    expect(latest).not.toContain(elsewhere.id);
    // Readable is not enough (the other network is public): only spaces one takes part in.
    for (const who of [n.outsider, n.pending, n.suspended]) expect((await forum.latestInMySpaces(who, 20)).map((t) => t.id)).not.toContain(mine.id);
    expect(await forum.latestInMySpaces(n.member, 1)).toHaveLength(1);
  });

  it('only active members read a private thread', async () => {
    expect((await forum.requireThread(n.member, seen)).id).toBe(seen);
    expect(await forum.findThread(n.outsider, seen)).toBeNull();
    expect(await forum.findThread(null, seen)).toBeNull();
    for (const who of [n.outsider, n.pending, n.suspended]) await expectDenied(forum.requireThread(who, seen));
  });

  it('a suspended member cannot reply', async () => {
    await expectDenied(forum.reply(n.suspended, { threadId: seen, body: 'Still here' }));
    expect(await postsIn(seen)).toBe(1);
  });

  it('replies are numbered one after another, also when they arrive at once', async () => {
    const thread = await newThread('Numbering');
    const posts = await Promise.all([n.member, n.coordinator, n.admin, n.creator, n.member].map((who, i) => forum.reply(who, { threadId: thread.id, body: `Reply ${i}` })));
    expect(posts.map((p) => p.position).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6]);
    expect((await forum.requireThread(n.member, thread.id)).postCount).toBe(6);
  });

  it('pinning and locking are for coordinators: a member is refused, a coordinator succeeds and the action is logged', async () => {
    const thread = await newThread('Pin me');
    expect((await refusal(forum.setPinned(n.member, thread.id, true, 'please'))).code).toBe('FORBIDDEN');
    expect((await refusal(forum.setLocked(n.member, thread.id, true, 'please'))).code).toBe('FORBIDDEN');
    expect((await forum.requireThread(n.member, thread.id)).pinned).toBe(false);
    expect((await forum.setPinned(n.coordinator, thread.id, true, 'Rota for the winter')).pinned).toBe(true);
    const log = await forum.moderationLog(n.coordinator, n.networkId, { first: 10 });
    expect(log.edges.map((e) => e.node)).toEqual(expect.arrayContaining([expect.objectContaining({ threadId: thread.id, action: 'PIN', actorId: n.coordinator.userId, reason: 'Rota for the winter' })]));
  });

  it('the moderation log is for moderators only', async () => {
    expect((await refusal(forum.moderationLog(n.member, n.networkId, { first: 10 }))).code).toBe('FORBIDDEN');
    await expectDenied(forum.moderationLog(n.outsider, n.networkId, { first: 10 }));
  });

  it('a locked thread refuses replies and edits until it is unlocked', async () => {
    const thread = await newThread('Lock me');
    const [first] = (await forum.listPosts(n.member, thread.id, { first: 1 })).edges.map((e) => e.node);
    await forum.setLocked(n.coordinator, thread.id, true, 'Heated');
    const reply = await refusal(forum.reply(n.member, { threadId: thread.id, body: 'But...' }));
    expect(reply).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/locked/) });
    // Not even a coordinator replies to a locked thread.
    expect((await refusal(forum.reply(n.coordinator, { threadId: thread.id, body: 'Closing note' }))).code).toBe('FORBIDDEN');
    expect((await refusal(forum.editPost(n.member, { postId: first.id, body: 'Edited while locked' }))).code).toBe('FORBIDDEN');
    expect(await postsIn(thread.id)).toBe(1);
    await forum.setLocked(n.coordinator, thread.id, false, 'Calmer now');
    expect((await forum.reply(n.member, { threadId: thread.id, body: 'Thanks' })).position).toBe(2);
  });

  it('only the author edits a post (not another member, not a coordinator); the old text is kept as a revision', async () => {
    const thread = await forum.createThread(n.admin, { networkId: n.networkId, title: 'Edit me', body: 'Who can drive on Tuesdays?', tags: [] });
    const [post] = (await forum.listPosts(n.member, thread.id, { first: 1 })).edges.map((e) => e.node);
    expect((await refusal(forum.editPost(n.member, { postId: post.id, body: 'Hijacked' }))).code).toBe('FORBIDDEN');
    expect((await refusal(forum.editPost(n.coordinator, { postId: post.id, body: 'Hijacked' }))).code).toBe('FORBIDDEN');
    const edited = await forum.editPost(n.admin, { postId: post.id, body: 'Who can drive on Wednesdays?' });
    expect(edited.body).toBe('Who can drive on Wednesdays?');
    expect(edited.editedAt).toBeInstanceOf(Date);
    // Revisions: the author and moderators see them, other members do not.
    expect((await forum.revisions(n.admin, post)).map((r) => r.body)).toEqual(['Who can drive on Tuesdays?']);
    expect(await forum.revisions(n.coordinator, post)).toHaveLength(1);
    expect((await refusal(forum.revisions(n.member, post))).code).toBe('FORBIDDEN');
  });

  it('the author or a coordinator removes a post; another member cannot; a coordinator removal is logged', async () => {
    const thread = await newThread('Remove me');
    const mine = await forum.reply(n.admin, { threadId: thread.id, body: 'Mine' });
    expect((await refusal(forum.deletePost(n.member, mine.id))).code).toBe('FORBIDDEN');
    const removed = await forum.deletePost(n.coordinator, mine.id, 'Off topic');
    expect(removed.deletedById).toBe(n.coordinator.userId);
    const log = (await forum.moderationLog(n.coordinator, n.networkId, { first: 50 })).edges.map((e) => e.node);
    expect(log).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'REMOVE_POST', postId: mine.id, reason: 'Off topic' })]));
    const own = await forum.reply(n.member, { threadId: thread.id, body: 'Oops' });
    expect((await forum.deletePost(n.member, own.id)).deletedById).toBe(n.member.userId);
    expect((await refusal(forum.editPost(n.member, { postId: own.id, body: 'Back' }))).code).toBe('BAD_USER_INPUT');
  });

  it('bad input is refused with a coded error and writes nothing', async () => {
    const before = await m.count('threads');
    expect((await refusal(forum.createThread(n.member, { networkId: n.networkId, title: '   ', body: 'x', tags: [] }))).code).toBe('BAD_USER_INPUT');
    expect((await refusal(forum.reply(n.member, { threadId: seen, body: '' }))).code).toBe('BAD_USER_INPUT');
    const other = await newThread('Elsewhere');
    const [elsewhere] = (await forum.listPosts(n.member, other.id, { first: 1 })).edges.map((e) => e.node);
    expect((await refusal(forum.reply(n.member, { threadId: seen, body: 'Quoting', replyToPostId: elsewhere.id }))).code).toBe('BAD_USER_INPUT');
    expect(await m.count('threads')).toBe(before + 1);
    expect(await postsIn(seen)).toBe(1);
  });
});
