import { randomUUID } from 'node:crypto';
import { Permission, SpaceAccessService } from '@community-hub/api-access';
import type { DomainError } from '@community-hub/api-common';
import { captureQueries } from '../support/query-counter';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';
import { collect, startTestApp, tick, type TestApp, type TestUser } from '../support/test-app';

/**
 * "May this caller do X to these ids?" asked of the access service itself
 * (real PostgreSQL, no HTTP), for every kind of record and every kind of
 * caller; then a few of the same answers through GraphQL over HTTP and
 * WebSocket, and the cost of a reply in statements.
 */
type Who = 'anonymous' | 'outsider' | 'member' | 'coordinator' | 'platformAdmin' | 'partner';
type Verdict = 'ok' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const WHO: Who[] = ['anonymous', 'outsider', 'member', 'coordinator', 'platformAdmin', 'partner'];

const REPLY = 'mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }';

describe('access by record ids', () => {
  let t: TestApp;
  let s: NetworkScenario;
  let access: SpaceAccessService;
  /** Represents an ACCEPTED partner organisation of the consortium (and is an active member of the network). */
  let partner: TestUser;
  const ids = {} as Record<
    'thread' | 'memberPost' | 'coordinatorPost' | 'document' | 'event' | 'consortium' | 'consortiumThread' | 'publicThread' | 'publicEvent',
    string
  >;

  const must = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await t.gql(query, variables, token);
    if (result.errors) throw new Error(`${query.slice(0, 50)}: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const userOf = (who: Who) => (who === 'anonymous' ? null : who === 'partner' ? partner : s[who]);

  async function verdict(who: Who, permission: Permission, recordIds: string[]): Promise<Verdict> {
    const user = userOf(who);
    try {
      await access.requireAccess({ caller: user ? { userId: user.id } : null, permission, ids: recordIds });
      return 'ok';
    } catch (error) {
      const code = (error as DomainError).code;
      if (!code) throw error;
      return code as Verdict;
    }
  }

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    access = t.app.get(SpaceAccessService);
    s = await networkScenario(t, 'PRIVATE');
    const member = s.member.token;

    const thread = await must(
      'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
      { i: { networkId: s.networkId, title: 'Private matters', body: 'Members only', tags: [] } },
      member,
    );
    ids.thread = thread.createThread.id;
    ids.memberPost = (await must(REPLY, { i: { threadId: ids.thread, body: 'Mine' } }, member)).replyToThread.id;
    ids.coordinatorPost = (await must(REPLY, { i: { threadId: ids.thread, body: 'Theirs' } }, s.coordinator.token)).replyToThread.id;

    const upload = (
      await must(
        'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url } }',
        { i: { networkId: s.networkId, filename: 'notes.txt', contentType: 'text/plain', size: 5 } },
        member,
      )
    ).requestUpload;
    await fetch(upload.url, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    ids.document = (await must('mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }', { i: { uploadId: upload.uploadId, title: 'Minutes' } }, member))
      .completeUpload.id;

    const startsAt = new Date(Date.now() + 14 * 86_400_000);
    const eventInput = { networkId: s.networkId, title: 'Meeting', location: 'Hall', startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) };
    ids.event = (await must('mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }', { i: eventInput }, member)).createEvent.id;

    // A consortium led by the member's organisation, with a second organisation as an accepted partner.
    const organisation = async (token: string, name: string) =>
      (
        await must(
          'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
          { i: { name, kind: 'VOLUNTARY', description: '', areasServed: [], networkId: s.networkId } },
          token,
        )
      ).createOrganisation.id as string;
    const lead = await organisation(member, 'Lead Group');
    partner = await t.register('Pam Partner');
    const joined = await must('mutation($id: ID!) { joinNetwork(networkId: $id) { id } }', { id: s.networkId }, partner.token);
    await must('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id: joined.joinNetwork.id }, s.platformAdmin.token);
    const partnerOrganisation = await organisation(partner.token, 'Partner Group');
    const opportunity = (
      await must(
        'mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }',
        { i: { networkId: s.networkId, title: 'Tender', funder: 'Council', deadline: new Date(Date.now() + 30 * 86_400_000).toISOString() } },
        member,
      )
    ).createOpportunity.id;
    ids.consortium = (
      await must(
        'mutation($i: FormConsortiumInput!) { formConsortium(input: $i) { id } }',
        { i: { opportunityId: opportunity, name: 'Bid', leadOrganisationId: lead } },
        member,
      )
    ).formConsortium.id;
    const invitation = (
      await must(
        'mutation($i: InviteToConsortiumInput!) { inviteToConsortium(input: $i) { id } }',
        { i: { consortiumId: ids.consortium, organisationId: partnerOrganisation, role: 'PARTNER' } },
        member,
      )
    ).inviteToConsortium.id;
    await must('mutation($id: ID!) { respondToInvitation(memberId: $id, accept: true) { id } }', { id: invitation }, partner.token);
    ids.consortiumThread = (
      await must(
        'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
        { i: { consortiumId: ids.consortium, title: 'Our bid', body: 'Partners only', tags: [] } },
        member,
      )
    ).createThread.id;

    // A public network the platform admin runs: readable by anyone, writable by its members only.
    const network = (
      await must(
        'mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }',
        { i: { slug: `pub-${Date.now().toString(36)}`, name: 'Open', description: '', visibility: 'PUBLIC' } },
        s.platformAdmin.token,
      )
    ).createNetwork.id;
    ids.publicThread = (
      await must(
        'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
        { i: { networkId: network, title: 'Open to all', body: 'Hello', tags: [] } },
        s.platformAdmin.token,
      )
    ).createThread.id;
    ids.publicEvent = (
      await must('mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }', { i: { ...eventInput, networkId: network } }, s.platformAdmin.token)
    ).createEvent.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  const NF = 'NOT_FOUND' as const;
  const FB = 'FORBIDDEN' as const;
  /** Per record and permission, the answer for each caller. */
  const MATRIX: [string, keyof typeof ids, Permission, Record<Who, Verdict>][] = [
    ['read a private thread', 'thread', Permission.THREAD_READ, { anonymous: NF, outsider: NF, member: 'ok', coordinator: 'ok', platformAdmin: 'ok', partner: 'ok' }],
    ['reply to a private thread', 'thread', Permission.THREAD_REPLY, { anonymous: NF, outsider: NF, member: 'ok', coordinator: 'ok', platformAdmin: 'ok', partner: 'ok' }],
    ['moderate a private thread', 'thread', Permission.THREAD_MODERATE, { anonymous: NF, outsider: NF, member: FB, coordinator: 'ok', platformAdmin: 'ok', partner: FB }],
    ['edit the member’s post (author only)', 'memberPost', Permission.POST_EDIT, { anonymous: NF, outsider: NF, member: 'ok', coordinator: FB, platformAdmin: FB, partner: FB }],
    ['delete the member’s post (author or moderator)', 'memberPost', Permission.POST_DELETE, { anonymous: NF, outsider: NF, member: 'ok', coordinator: 'ok', platformAdmin: 'ok', partner: FB }],
    ['delete the coordinator’s post', 'coordinatorPost', Permission.POST_DELETE, { anonymous: NF, outsider: NF, member: FB, coordinator: 'ok', platformAdmin: 'ok', partner: FB }],
    ['see the member’s post revisions', 'memberPost', Permission.POST_REVISIONS_READ, { anonymous: NF, outsider: NF, member: 'ok', coordinator: 'ok', platformAdmin: 'ok', partner: FB }],
    ['read a private document', 'document', Permission.DOCUMENT_READ, { anonymous: NF, outsider: NF, member: 'ok', coordinator: 'ok', platformAdmin: 'ok', partner: 'ok' }],
    ['edit the member’s document (uploader or moderator)', 'document', Permission.DOCUMENT_EDIT, { anonymous: NF, outsider: NF, member: 'ok', coordinator: 'ok', platformAdmin: 'ok', partner: FB }],
    ['read a private event', 'event', Permission.EVENT_READ, { anonymous: NF, outsider: NF, member: 'ok', coordinator: 'ok', platformAdmin: 'ok', partner: 'ok' }],
    ['manage the member’s event (organiser or moderator)', 'event', Permission.EVENT_MANAGE, { anonymous: NF, outsider: NF, member: 'ok', coordinator: 'ok', platformAdmin: 'ok', partner: FB }],
    ['read a consortium', 'consortium', Permission.CONSORTIUM_READ, { anonymous: NF, outsider: NF, member: 'ok', coordinator: NF, platformAdmin: NF, partner: 'ok' }],
    ['manage a consortium (lead only)', 'consortium', Permission.CONSORTIUM_MANAGE, { anonymous: NF, outsider: NF, member: 'ok', coordinator: NF, platformAdmin: NF, partner: FB }],
    ['read a consortium workspace thread', 'consortiumThread', Permission.THREAD_READ, { anonymous: NF, outsider: NF, member: 'ok', coordinator: NF, platformAdmin: NF, partner: 'ok' }],
    ['reply in a consortium workspace', 'consortiumThread', Permission.THREAD_REPLY, { anonymous: NF, outsider: NF, member: 'ok', coordinator: NF, platformAdmin: NF, partner: 'ok' }],
    ['moderate a consortium workspace thread', 'consortiumThread', Permission.THREAD_MODERATE, { anonymous: NF, outsider: NF, member: 'ok', coordinator: NF, platformAdmin: NF, partner: FB }],
    ['read a public thread', 'publicThread', Permission.THREAD_READ, { anonymous: 'ok', outsider: 'ok', member: 'ok', coordinator: 'ok', platformAdmin: 'ok', partner: 'ok' }],
    ['reply to a public thread', 'publicThread', Permission.THREAD_REPLY, { anonymous: 'UNAUTHENTICATED', outsider: FB, member: FB, coordinator: FB, platformAdmin: 'ok', partner: FB }],
    ['manage a public event', 'publicEvent', Permission.EVENT_MANAGE, { anonymous: 'UNAUTHENTICATED', outsider: FB, member: FB, coordinator: FB, platformAdmin: 'ok', partner: FB }],
  ];

  it.each(MATRIX)('%s', async (_name, record, permission, expected) => {
    const actual = Object.fromEntries(await Promise.all(WHO.map(async (who) => [who, await verdict(who, permission, [ids[record]])])));
    expect(actual).toEqual(expected);
  });

  it('answers NOT_FOUND for ids that do not exist or are not ids, whoever asks', async () => {
    for (const who of WHO) {
      expect(await verdict(who, Permission.THREAD_READ, [randomUUID()])).toBe('NOT_FOUND');
      expect(await verdict(who, Permission.DOCUMENT_READ, ['not-an-id'])).toBe('NOT_FOUND');
    }
    // A thread id is not a post id: each permission looks only at its own kind of record.
    expect(await verdict('platformAdmin', Permission.POST_READ, [ids.thread])).toBe('NOT_FOUND');
  });

  it('denies the whole call when any id is refused, and says NOT_FOUND before FORBIDDEN', async () => {
    expect(await verdict('platformAdmin', Permission.THREAD_READ, [ids.thread, ids.publicThread])).toBe('ok');
    expect(await verdict('platformAdmin', Permission.THREAD_READ, [ids.thread, randomUUID()])).toBe('NOT_FOUND');
    // The outsider may read the public thread but not the private one.
    expect(await verdict('outsider', Permission.THREAD_READ, [ids.publicThread, ids.thread])).toBe('NOT_FOUND');
    // The member may delete their own post but not the coordinator's.
    expect(await verdict('member', Permission.POST_DELETE, [ids.memberPost, ids.coordinatorPost])).toBe('FORBIDDEN');
    // Forbidden on one (the public thread), invisible on another (the consortium's): NOT_FOUND wins.
    expect(await verdict('coordinator', Permission.THREAD_REPLY, [ids.publicThread, ids.consortiumThread])).toBe('NOT_FOUND');
    expect(await verdict('member', Permission.THREAD_REPLY, [ids.thread, ids.consortiumThread])).toBe('ok');
  });

  it('checkAccess answers with the allowed subset, in one statement', async () => {
    const caller = { userId: s.member.id };
    const asked = [ids.memberPost, ids.coordinatorPost, randomUUID()];
    let allowed: Set<string> | undefined;
    const statements = await captureQueries(t, async () => {
      allowed = await access.checkAccess({ caller, permission: Permission.POST_DELETE, ids: asked });
    });
    expect([...allowed!]).toEqual([ids.memberPost]);
    expect(statements).toHaveLength(1);
  });

  it('tells the service whether a delete is the author’s or a moderator’s', async () => {
    const mine = await access.requireAccess({ caller: { userId: s.member.id }, permission: Permission.POST_DELETE, ids: [ids.memberPost] });
    expect(mine.get(ids.memberPost)).toMatchObject({ asOwner: true });
    const moderated = await access.requireAccess({ caller: { userId: s.coordinator.id }, permission: Permission.POST_DELETE, ids: [ids.memberPost] });
    expect(moderated.get(ids.memberPost)).toMatchObject({ asOwner: false });
  });

  it('costs a reply one access statement, in a network and in a consortium workspace', async () => {
    for (const threadId of [ids.thread, ids.consortiumThread]) {
      const statements = await captureQueries(t, async () => {
        const result = await t.gql(REPLY, { i: { threadId, body: 'Counted' } }, s.member.token);
        expect(result.errors).toBeUndefined();
      });
      // Before the transaction, one statement: the access query, which also proves the thread exists
      // (a locked thread is refused by the transaction's UPDATE). It used to be three: the thread, READ, WRITE.
      // Then the contributor rules read the person: a confirmed address (issue 18) and, for new
      // accounts, the last hour's posts and links (issue 20): three statements today, to be folded
      // into one (they all read the caller's own row).
      const begin = statements.findIndex((q) => /^(START TRANSACTION|BEGIN)/i.test(q));
      expect(statements[0]).toMatch(/JOIN spaces acc_s/);
      const before = statements.slice(1, begin);
      expect(before.length).toBeLessThanOrEqual(3);
      for (const q of before) expect(q).toMatch(/FROM "?users"?|FROM posts WHERE author_id/);
      // Nor does the transaction ask again: every access decision reads `spaces` or `memberships`.
      // (After COMMIT, live delivery and notifications work in the background: not the reply's cost.)
      const reply = statements.slice(0, statements.findIndex((q) => /^COMMIT/i.test(q)) + 1);
      expect(reply.filter((q) => /\bspaces\b|\bmemberships\b/.test(q))).toHaveLength(1);
    }
  });

  it('answers canManage for a page of events in one statement, however many events', async () => {
    const startsAt = new Date(Date.now() + 21 * 86_400_000);
    for (const title of ['Second', 'Third', 'Fourth']) {
      await must(
        'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
        { i: { networkId: s.networkId, title, location: 'Hall', startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) } },
        s.coordinator.token,
      );
    }
    const page = 'query($slug: String!) { network(slug: $slug) { events(first: 10) { nodes { id canManage } } } }';
    let nodes: { id: string; canManage: boolean }[] = [];
    const managed = await captureQueries(t, async () => {
      nodes = (await t.gql(page, { slug: s.slug }, s.member.token)).data.network.events.nodes;
    });
    expect(nodes).toHaveLength(4);
    // The member organises the first event; the coordinator's three are not theirs to manage.
    expect(nodes.filter((n) => n.canManage).map((n) => n.id)).toEqual([ids.event]);
    // One record access statement for the four events (background work may add statements of its own: not these).
    expect(managed.filter((q) => /FROM events r JOIN spaces acc_s/.test(q))).toHaveLength(1);
  });

  it('over GraphQL: the same answers, with nothing written when refused', async () => {
    const posts = await t.count('posts');
    const outsider = await t.gql(REPLY, { i: { threadId: ids.thread, body: 'Let me in' } }, s.outsider.token);
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const coordinatorInWorkspace = await t.gql(REPLY, { i: { threadId: ids.consortiumThread, body: 'Hello' } }, s.coordinator.token);
    expect(coordinatorInWorkspace.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const editOthers = await t.gql('mutation($i: EditPostInput!) { editPost(input: $i) { id } }', { i: { postId: ids.memberPost, body: 'Changed' } }, s.coordinator.token);
    expect(editOthers.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const deleteOthers = await t.gql('mutation($id: ID!) { deletePost(postId: $id) { id } }', { id: ids.coordinatorPost }, s.member.token);
    expect(deleteOthers.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const partnerDocument = await t.gql('mutation($id: ID!) { deleteDocument(documentId: $id) }', { id: ids.document }, partner.token);
    expect(partnerDocument.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.count('posts')).toBe(posts);
    const [{ deleted }] = await t.dataSource.query('SELECT deleted_at IS NOT NULL AS deleted FROM documents WHERE id = $1', [ids.document]);
    expect(deleted).toBe(false);
  });

  it('over WebSocket: postAdded to a workspace thread is refused to outsiders of the consortium and delivered to its partner', async () => {
    const query = 'subscription($id: ID!) { postAdded(threadId: $id) { id body } }';
    const coordinator = collect(t.ws(s.coordinator.token), query, { id: ids.consortiumThread });
    const anonymous = collect(t.ws(), query, { id: ids.thread });
    const partnerWatch = collect(t.ws(partner.token), query, { id: ids.consortiumThread });
    await tick(300);
    expect(coordinator.errors.flat()[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(anonymous.errors.flat()[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await must(REPLY, { i: { threadId: ids.consortiumThread, body: 'Live to partners' } }, s.member.token);
    expect(await partnerWatch.next(1)).toBe(true);
    expect(partnerWatch.events[0].postAdded.body).toBe('Live to partners');
  });
});
