import { collect, startTestApp, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

// Reporting and moderation over HTTP and WebSocket: who may see the queue, act, read the
// audit log and its CSV, the live count, blocks as the client sees them, and a platform
// suspension ending every session and refusing sign-in. The rules themselves: moderation.medium-spec.
const REPORT = 'mutation($i: ReportContentInput!) { reportContent(input: $i) { id kind reason note status action resolvedAt createdAt resolutionNote } }';
const QUEUE = 'query($slug: String!) { network(slug: $slug) { openReportCount reports(first: 10) { nodes { id kind excerpt path sameSubject { id } } } } }';
const RESOLVE = 'mutation($i: ResolveReportInput!) { resolveReport(input: $i) { id status action resolvedAt } }';
const AUDIT = 'query($slug: String!) { network(slug: $slug) { auditLog(first: 20) { nodes { action subjectKind subjectId note actor { id } } } } }';
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { token } }';

describe('moderation over HTTP and WebSocket', () => {
  let t: TestApp;
  let s: NetworkScenario;
  let postId: string;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp({ ...ADMIN_ENV, JOBS_POLLING_INTERVAL_SECONDS: '0.5' });
    s = await networkScenario(t, 'PRIVATE');
    const thread = await t.gql('mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', { i: { networkId: s.networkId, title: 'Parking', body: 'Opening', tags: [] } }, s.member.token);
    threadId = thread.data.createThread.id;
    const reply = await t.gql('mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }', { i: { threadId, body: 'You lot are idiots' } }, s.admin.token);
    postId = reply.data.replyToThread.id;
  });
  afterAll(() => t.close());

  it('a member reports a post; the coordinator sees it live and in the queue, removes it; the audit log has it', async () => {
    const live = collect<{ openReportCountChanged: number }>(t.ws(s.coordinator.token), 'subscription($id: ID!) { openReportCountChanged(networkId: $id) }', { id: s.networkId });
    const refusedLive = collect(t.ws(s.member.token), 'subscription($id: ID!) { openReportCountChanged(networkId: $id) }', { id: s.networkId });
    await refusedLive.settled(3000);
    expect((refusedLive.errors[0] as { extensions: { code: string } }).extensions.code).toBe('FORBIDDEN');

    const made = await t.gql(REPORT, { i: { kind: 'POST', id: postId, reason: 'ABUSE', note: 'Insulting' } }, s.member.token);
    expect(made.errors).toBeUndefined();
    expect(made.data.reportContent).toMatchObject({ kind: 'POST', reason: 'ABUSE', note: 'Insulting', status: 'OPEN', action: null, resolvedAt: null });
    await live.next(1, 10_000);
    expect(live.events[0].openReportCountChanged).toBe(1);

    // Anonymous may not report; someone who cannot see the post is told it does not exist.
    expect((await t.gql(REPORT, { i: { kind: 'POST', id: postId, reason: 'SPAM' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(REPORT, { i: { kind: 'POST', id: postId, reason: 'SPAM' } }, s.outsider.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const queue = await t.gql(QUEUE, { slug: s.slug }, s.coordinator.token);
    expect(queue.data.network).toMatchObject({
      openReportCount: 1,
      reports: { nodes: [{ id: made.data.reportContent.id, kind: 'POST', excerpt: 'You lot are idiots', path: `/n/${s.slug}/t/${threadId}#post-2` }] },
    });
    // The queue is a nested field with the same check: members are refused.
    expect((await t.gql(QUEUE, { slug: s.slug }, s.member.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(RESOLVE, { i: { reportId: made.data.reportContent.id, action: 'REMOVE_CONTENT' } }, s.member.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const resolved = await t.gql(RESOLVE, { i: { reportId: made.data.reportContent.id, action: 'REMOVE_CONTENT', note: 'Abuse' } }, s.coordinator.token);
    expect(resolved.data.resolveReport).toMatchObject({ status: 'RESOLVED', action: 'REMOVE_CONTENT' });
    await live.next(2, 10_000);
    expect(live.events[1].openReportCountChanged).toBe(0);
    live.unsubscribe();

    const posts = await t.gql('query($id: ID!) { thread(id: $id) { posts { nodes { id body } } } }', { id: threadId }, s.member.token);
    expect(posts.data.thread.posts.nodes.find((p: { id: string }) => p.id === postId).body).toBe('');
    const mine = await t.gql('{ myReports(status: RESOLVED) { nodes { id action resolutionNote } } }', {}, s.member.token);
    // The reporter learns the outcome, not the coordinator's note.
    expect(mine.data.myReports.nodes).toEqual([{ id: made.data.reportContent.id, action: 'REMOVE_CONTENT', resolutionNote: '' }]);

    const audit = await t.gql(AUDIT, { slug: s.slug }, s.coordinator.token);
    expect(audit.data.network.auditLog.nodes).toContainEqual({ action: 'REPORT_REMOVE_CONTENT', subjectKind: 'POST', subjectId: postId, note: 'Abuse', actor: { id: s.coordinator.id } });
    expect((await t.gql(AUDIT, { slug: s.slug }, s.member.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('exports the audit log as CSV for coordinators and platform admins only', async () => {
    const csv = (path: string, token?: string) => fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const path = `/moderation/audit/${s.networkId}.csv`;
    const ok = await csv(path, s.coordinator.token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('text/csv');
    const text = await ok.text();
    expect(text.split('\n')[0]).toBe('When (UTC),Who,Action,Subject,Subject id,Note');
    expect(text).toContain('REPORT_REMOVE_CONTENT');
    expect((await csv(path, s.member.token)).status).toBe(403);
    expect((await csv(path)).status).toBe(401);
    expect((await csv('/moderation/audit/platform.csv', s.coordinator.token)).status).toBe(403);
    expect((await csv('/moderation/audit/platform.csv', s.platformAdmin.token)).status).toBe(200);
  });

  it('collapses a blocked person\'s posts for the blocker only', async () => {
    const POSTS = 'query($id: ID!) { thread(id: $id) { posts { nodes { author { id } authorBlocked } } } }';
    await t.gql('mutation($id: ID!) { blockUser(userId: $id) }', { id: s.member.id }, s.coordinator.token);
    const seen = await t.gql(POSTS, { id: threadId }, s.coordinator.token);
    const opening = seen.data.thread.posts.nodes.find((p: { author: { id: string } }) => p.author.id === s.member.id);
    expect(opening.authorBlocked).toBe(true);
    const others = await t.gql(POSTS, { id: threadId }, s.admin.token);
    expect(others.data.thread.posts.nodes.every((p: { authorBlocked: boolean }) => !p.authorBlocked)).toBe(true);
    expect((await t.gql('{ myBlocks { id } }', {}, s.coordinator.token)).data.myBlocks).toEqual([{ id: s.member.id }]);
  });

  it('a platform suspension ends every session and refuses sign-in, until lifted (recorded in the security log)', async () => {
    const person = await t.register('Spammy Sue');
    const ME = '{ me { id } }';
    expect((await t.gql(ME, {}, person.token)).data.me).toEqual({ id: person.id });
    const suspend = await t.gql('mutation($i: PlatformSuspensionInput!) { suspendUser(input: $i) }', { i: { userId: person.id, note: 'Spam' } }, s.platformAdmin.token);
    expect(suspend.data.suspendUser).toBe(true);
    expect((await t.gql(ME, {}, person.token)).data.me).toBeNull();
    expect((await t.gql('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: s.networkId }, person.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { i: { email: person.email, password: 'correct horse battery' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await t.gql('mutation($i: PlatformSuspensionInput!) { liftUserSuspension(input: $i) }', { i: { userId: person.id } }, s.platformAdmin.token);
    // The sessions the suspension ended stay ended; signing in again opens a new one.
    expect((await t.gql(ME, {}, person.token)).data.me).toBeNull();
    const again = (await t.gql(LOGIN, { i: { email: person.email, password: 'correct horse battery' } })).data.login.token;
    expect((await t.gql(ME, {}, again)).data.me).toEqual({ id: person.id });
    const log = await t.gql('{ mySecurityLog(first: 20) { nodes { kind } } }', {}, again);
    expect(log.data.mySecurityLog.nodes.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['SUSPENDED', 'SESSION_ENDED', 'SIGN_IN_FAILED', 'UNSUSPENDED']));
  });
});
