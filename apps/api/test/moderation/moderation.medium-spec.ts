import { AccountsService, SessionService } from '@community-hub/api-accounts';
import { ConsortiaService, ConsortiumRole, OpportunitiesService } from '@community-hub/api-consortia';
import { ForumService } from '@community-hub/api-forum';
import { NetworksService } from '@community-hub/api-networks';
import {
  AuditService,
  BlocksService,
  ReportAction,
  ReportAudience,
  ReportKind,
  ReportReason,
  ReportStatus,
  ReportsService,
  SuspensionsService,
} from '@community-hub/api-moderation';
import { refusal, startMediumTest, type MediumNetwork, type MediumTest, type MediumUser } from '../support/medium';

// Reporting and moderation rules (issue 20), on the services against real PostgreSQL;
// notices are consumed by the app's own job workers, as in production.
describe('reporting and moderation (medium)', () => {
  let m: MediumTest;
  let n: MediumNetwork;
  let reports: ReportsService;
  let forum: ForumService;
  let audit: AuditService;

  beforeAll(async () => {
    m = await startMediumTest({ JOBS_POLLING_INTERVAL_SECONDS: '0.5', NEWCOMER_DAYS: '3', NEWCOMER_POSTS_PER_HOUR: '4', NEWCOMER_LINKS_PER_HOUR: '2' });
    n = await m.network('PRIVATE');
    reports = m.get(ReportsService);
    forum = m.get(ForumService);
    audit = m.get(AuditService);
  });
  afterAll(() => m?.close());

  const page = { first: 50, status: ReportStatus.OPEN };
  /** Polls until `check` holds (notices are handled by job workers a moment after the commit). */
  const eventually = async (check: () => Promise<boolean>, timeoutMs = 15_000) => {
    const until = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > until) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const notificationsOf = async (user: MediumUser, kind: string): Promise<string[]> =>
    (await m.dataSource.query('SELECT title FROM notifications WHERE user_id = $1 AND kind = $2 ORDER BY created_at', [user.userId, kind])).map((r: { title: string }) => r.title);
  const report = (user: MediumUser, kind: ReportKind, id: string, note = '') => reports.report(user, { kind, id, reason: ReportReason.ABUSE, note });

  it('done when: a member reports a post, a coordinator removes it from the queue, the reporter is told, the audit log has it', async () => {
    const thread = await forum.createThread(n.member, { networkId: n.networkId, title: 'Bin collections', body: 'Opening', tags: [] });
    const post = await forum.reply(n.admin, { threadId: thread.id, body: 'Something abusive' });

    const first = await report(n.member, ReportKind.POST, post.id, 'Rude to a neighbour');
    // Reporting the same thing again (even at once) makes no second report.
    const [again, concurrent] = await Promise.all([report(n.member, ReportKind.POST, post.id), report(n.member, ReportKind.POST, post.id)]);
    expect([again.id, concurrent.id]).toEqual([first.id, first.id]);
    expect(await m.count('reports')).toBe(1);
    expect(first).toMatchObject({ audience: ReportAudience.NETWORK, networkId: n.networkId, subjectUserId: n.admin.userId, excerpt: 'Something abusive' });

    // The coordinator's queue has it; a member's request for the queue is refused.
    const queue = await reports.networkQueue(n.coordinator, n.networkId, page);
    expect(queue.nodes.map((r) => r.id)).toEqual([first.id]);
    expect((await refusal(reports.networkQueue(n.member, n.networkId, page))).code).toBe('FORBIDDEN');
    // A private network is known to exist to anyone signed in: refused, not hidden.
    expect((await refusal(reports.networkQueue(n.outsider, n.networkId, page))).code).toBe('FORBIDDEN');
    expect((await refusal(reports.resolve(n.member, { reportId: first.id, action: ReportAction.REMOVE_CONTENT, note: '' }))).code).toBe('NOT_FOUND');

    const resolved = await reports.resolve(n.coordinator, { reportId: first.id, action: ReportAction.REMOVE_CONTENT, note: 'Personal abuse' });
    expect(resolved).toMatchObject({ status: ReportStatus.RESOLVED, action: ReportAction.REMOVE_CONTENT, resolvedById: n.coordinator.userId });
    expect((await refusal(reports.resolve(n.coordinator, { reportId: first.id, action: ReportAction.DISMISS, note: '' }))).code).toBe('CONFLICT');
    // Soft: removed by a coordinator, the text kept for the record.
    const [row] = await m.dataSource.query('SELECT deleted_at, deleted_by_id, body FROM posts WHERE id = $1', [post.id]);
    expect(row).toMatchObject({ deleted_by_id: n.coordinator.userId, body: 'Something abusive' });
    expect(row.deleted_at).not.toBeNull();
    expect((await reports.networkQueue(n.coordinator, n.networkId, page)).nodes).toEqual([]);

    // The reporter was thanked, then told the outcome.
    await eventually(async () => (await notificationsOf(n.member, 'REPORT_RESOLVED')).length === 1);
    expect(await notificationsOf(n.member, 'REPORT_RECEIVED')).toEqual([expect.stringContaining('Thank you for reporting')]);
    expect((await notificationsOf(n.member, 'REPORT_RESOLVED'))[0]).toContain('it was removed');

    // One audit log: the resolution and the forum's own removal (through its notice).
    await eventually(async () => (await audit.networkLog(n.coordinator, n.networkId, { first: 20 })).nodes.some((e) => e.action === 'REMOVE_POST'));
    const log = (await audit.networkLog(n.coordinator, n.networkId, { first: 20 })).nodes;
    expect(log.find((e) => e.action === 'REPORT_REMOVE_CONTENT')).toMatchObject({ actorId: n.coordinator.userId, subjectKind: 'POST', subjectId: post.id, note: 'Personal abuse' });
    expect(log.find((e) => e.action === 'REMOVE_POST')).toMatchObject({ subjectId: post.id });
    expect((await refusal(audit.networkLog(n.member, n.networkId, { first: 20 }))).code).toBe('FORBIDDEN');
  });

  it("a report about a consortium's workspace goes to its lead, never to the network's coordinators", async () => {
    const consortia = m.get(ConsortiaService);
    const lead = await m.organisation(n.member, 'Lead Trust', n.networkId);
    const partner = await m.organisation(n.admin, 'Partner CIC', n.networkId);
    const opportunity = await m.get(OpportunitiesService).create(n.coordinator, {
      networkId: n.networkId,
      title: 'Warm spaces fund',
      funder: 'County Council',
      description: 'Winter',
      deadline: new Date(Date.now() + 30 * 86_400_000),
      lots: [],
      serviceTags: [],
      areas: [],
    });
    const consortium = await consortia.form(n.member, { opportunityId: opportunity.id, name: 'Warm Hubs', leadOrganisationId: lead });
    const invitation = await consortia.invite(n.member, { consortiumId: consortium.id, organisationId: partner, role: ConsortiumRole.PARTNER });
    await consortia.respond(n.admin, invitation.id, true);
    const thread = await forum.createThread(n.member, { consortiumId: consortium.id, title: 'Bid draft', body: 'Private text', tags: [] });

    // The partner (a network admin too) reports the lead's opening post.
    const posts = await forum.listPosts(n.admin, thread.id, { first: 1 });
    const made = await report(n.admin, ReportKind.POST, posts.nodes[0].id);
    expect(made).toMatchObject({ audience: ReportAudience.CONSORTIUM, spaceId: consortium.id });
    // The network's coordinators (and the platform admin) never see it, nor may they act on it.
    expect((await reports.networkQueue(n.coordinator, n.networkId, page)).nodes.map((r) => r.id)).not.toContain(made.id);
    expect((await reports.networkQueue(n.creator, n.networkId, page)).nodes.map((r) => r.id)).not.toContain(made.id);
    expect(await reports.openCount(n.coordinator, n.networkId)).toBe(0);
    expect((await refusal(reports.resolve(n.coordinator, { reportId: made.id, action: ReportAction.DISMISS, note: '' }))).code).toBe('NOT_FOUND');
    expect((await refusal(reports.consortiumQueue(n.coordinator, consortium.id, page))).code).toBe('NOT_FOUND');
    // Only the lead's representatives handle it (the partner may not).
    expect((await refusal(reports.consortiumQueue(n.admin, consortium.id, page))).code).toBe('FORBIDDEN');
    expect((await reports.consortiumQueue(n.member, consortium.id, page)).nodes.map((r) => r.id)).toEqual([made.id]);
    expect((await refusal(reports.resolve(n.member, { reportId: made.id, action: ReportAction.SUSPEND_AUTHOR, note: '' }))).code).toBe('BAD_USER_INPUT');
    await reports.resolve(n.member, { reportId: made.id, action: ReportAction.DISMISS, note: 'Fine' });
    // Nor does the network's audit log show the workspace's moderation.
    expect((await audit.networkLog(n.coordinator, n.networkId, { first: 50 })).nodes.map((e) => e.subjectId)).not.toContain(posts.nodes[0].id);

    // Someone who cannot see the workspace cannot report in it (not found, as if it did not exist).
    expect((await refusal(report(n.coordinator, ReportKind.THREAD, thread.id))).code).toBe('NOT_FOUND');
  });

  it('a report about a profile goes to platform admins, who can suspend the person everywhere and lift it', async () => {
    const admin = await m.platformAdmin();
    const troll = await m.user('Terry Troll');
    const made = await report(n.member, ReportKind.USER, troll.userId, 'Spam messages');
    expect(made.audience).toBe(ReportAudience.PLATFORM);
    expect((await refusal(reports.platformQueue(n.coordinator, page))).code).toBe('FORBIDDEN');
    expect((await reports.platformQueue(admin, page)).nodes.map((r) => r.id)).toContain(made.id);
    expect((await refusal(reports.resolve(admin, { reportId: made.id, action: ReportAction.REMOVE_CONTENT, note: '' }))).code).toBe('BAD_USER_INPUT');

    const sessions = m.get(SessionService);
    const accounts = m.get(AccountsService);
    const signInRefusal = async () => (await refusal(accounts.requireSignInAllowed({ id: troll.userId }))).code;
    const [laptop, phone] = [await sessions.start(troll.userId, {}), await sessions.start(troll.userId, {})];
    expect(await sessions.callerOf(laptop.token)).toMatchObject({ userId: troll.userId });
    await accounts.requireSignInAllowed({ id: troll.userId });
    await reports.resolve(admin, { reportId: made.id, action: ReportAction.SUSPEND_AUTHOR, note: 'Spam' });
    // Every session of the person ends, and a new sign-in is refused while suspended.
    expect(await sessions.callerOf(laptop.token)).toBeNull();
    expect(await sessions.callerOf(phone.token)).toBeNull();
    expect(await signInRefusal()).toBe('FORBIDDEN');
    expect((await refusal(m.get(SuspensionsService).lift(n.coordinator, troll.userId, ''))).code).toBe('FORBIDDEN');
    expect(await signInRefusal()).toBe('FORBIDDEN');
    await m.get(SuspensionsService).lift(admin, troll.userId, 'Appeal upheld');
    await accounts.requireSignInAllowed({ id: troll.userId });
    // Lifting does not reopen the ended sessions.
    expect(await sessions.callerOf(laptop.token)).toBeNull();
    const securityLog: { kind: string }[] = await m.dataSource.query('SELECT kind FROM security_log WHERE user_id = $1 ORDER BY occurred_at, id', [troll.userId]);
    const kinds = securityLog.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['SUSPENDED', 'SESSION_ENDED', 'SIGN_IN_FAILED', 'UNSUSPENDED']));
    expect(kinds.indexOf('SUSPENDED')).toBeLessThan(kinds.indexOf('UNSUSPENDED'));
    const platformLog = (await audit.platformLog(admin, { first: 20 })).nodes.map((e) => e.action);
    expect(platformLog).toEqual(expect.arrayContaining(['PLATFORM_SUSPENDED', 'PLATFORM_SUSPENSION_LIFTED', 'REPORT_SUSPEND_AUTHOR']));
  });

  it('suspending the author from the network goes through the membership, and is in the audit log', async () => {
    const spammer = await m.user('Sam Spammer');
    await m.dataSource.query("INSERT INTO memberships (network_id, user_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')", [n.networkId, spammer.userId]);
    const thread = await forum.createThread(spammer, { networkId: n.networkId, title: 'Hall hire', body: 'Cheap hall', tags: [] });
    const made = await report(n.member, ReportKind.THREAD, thread.id);
    const other = await report(n.admin, ReportKind.THREAD, thread.id);
    await reports.resolve(n.coordinator, { reportId: made.id, action: ReportAction.SUSPEND_AUTHOR, note: 'Repeated spam' });
    // Every open report about the thing is resolved at once.
    const [row] = await m.dataSource.query('SELECT status FROM reports WHERE id = $1', [other.id]);
    expect(row.status).toBe('RESOLVED');
    const [membership] = await m.dataSource.query('SELECT status FROM memberships WHERE network_id = $1 AND user_id = $2', [n.networkId, spammer.userId]);
    expect(membership.status).toBe('SUSPENDED');
    await eventually(async () => (await audit.networkLog(n.coordinator, n.networkId, { first: 50 })).nodes.some((e) => e.action === 'MEMBERSHIP_SUSPENDED'));
  });

  it('a blocked person cannot mention me or invite my organisation, and is not told', async () => {
    const blocks = m.get(BlocksService);
    await blocks.block(n.coordinator, n.member.userId);
    expect((await refusal(blocks.block(n.coordinator, n.coordinator.userId))).code).toBe('BAD_USER_INPUT');
    expect((await blocks.blockedBy(n.coordinator)).map((u) => u.id)).toEqual([n.member.userId]);
    const thread = await forum.createThread(n.admin, { networkId: n.networkId, title: 'Mentions', body: 'Hello', tags: [] });
    const post = await forum.reply(n.member, { threadId: thread.id, body: `[@Cora](/people/${n.coordinator.userId}) and [@Ada](/people/${n.admin.userId})` });
    // The unblocked person is told; the blocker is not (waiting for the other proves the notice was handled).
    await eventually(async () => (await m.dataSource.query("SELECT 1 FROM notifications WHERE user_id = $1 AND dedupe_key = $2", [n.admin.userId, `mention:${post.id}`])).length === 1);
    expect(await m.dataSource.query('SELECT 1 FROM notifications WHERE user_id = $1 AND dedupe_key = $2', [n.coordinator.userId, `mention:${post.id}`])).toEqual([]);

    // The blocked lead cannot invite an organisation the blocker represents: "not found", as one they cannot see.
    const consortia = m.get(ConsortiaService);
    const blockerOrg = await m.organisation(n.coordinator, 'Blocker Org', n.networkId);
    const lead = await m.organisation(n.member, 'Member Lead', n.networkId);
    const opportunity = await m.get(OpportunitiesService).create(n.coordinator, {
      networkId: n.networkId, title: 'Second fund', funder: 'Trust', description: '', deadline: new Date(Date.now() + 30 * 86_400_000), lots: [], serviceTags: [], areas: [],
    });
    const consortium = await consortia.form(n.member, { opportunityId: opportunity.id, name: 'Blocked bid', leadOrganisationId: lead });
    expect((await refusal(consortia.invite(n.member, { consortiumId: consortium.id, organisationId: blockerOrg, role: ConsortiumRole.PARTNER }))).code).toBe('NOT_FOUND');
    await blocks.unblock(n.coordinator, n.member.userId);
    await consortia.invite(n.member, { consortiumId: consortium.id, organisationId: blockerOrg, role: ConsortiumRole.PARTNER });
  });

  it('a new account may post only so often and share only so many links an hour (RATE_LIMITED)', async () => {
    const newcomer = await m.user('Nina Newcomer');
    const p = await m.network('PUBLIC');
    await m.get(NetworksService).join(newcomer, p.networkId);
    const thread = await forum.createThread(newcomer, { networkId: p.networkId, title: 'Hi', body: 'See https://example.org', tags: [] });
    await forum.reply(newcomer, { threadId: thread.id, body: 'and www.example.com' });
    const links = await refusal(forum.reply(newcomer, { threadId: thread.id, body: 'one more https://spam.example' }));
    expect(links).toMatchObject({ code: 'RATE_LIMITED', extensions: { reason: 'NEWCOMER_LINK_LIMIT' } });
    await forum.reply(newcomer, { threadId: thread.id, body: 'plain' });
    await forum.reply(newcomer, { threadId: thread.id, body: 'plain again' });
    const posts = await refusal(forum.reply(newcomer, { threadId: thread.id, body: 'fifth' }));
    expect(posts).toMatchObject({ code: 'RATE_LIMITED', extensions: { reason: 'NEWCOMER_POST_LIMIT' } });
    // An older account is not limited.
    await m.dataSource.query("UPDATE users SET created_at = now() - interval '4 days' WHERE id = $1", [newcomer.userId]);
    await forum.reply(newcomer, { threadId: thread.id, body: 'fifth, later https://example.org' });
  });

  it('resolved reports are purged after the retention period; open ones stay', async () => {
    const thread = await forum.createThread(n.coordinator, { networkId: n.networkId, title: 'Old', body: 'Old', tags: [] });
    const old = await report(n.member, ReportKind.THREAD, thread.id);
    await reports.resolve(n.coordinator, { reportId: old.id, action: ReportAction.DISMISS, note: '' });
    const open = await report(n.admin, ReportKind.THREAD, thread.id);
    await m.dataSource.query("UPDATE reports SET resolved_at = now() - interval '25 months', created_at = now() - interval '25 months' WHERE id = $1", [old.id]);
    expect(await reports.purgeResolved(24)).toBeGreaterThanOrEqual(1);
    const left = (await m.dataSource.query('SELECT id FROM reports WHERE id = ANY($1::uuid[])', [[old.id, open.id]])).map((r: { id: string }) => r.id);
    expect(left).toEqual([open.id]);
  });
});
