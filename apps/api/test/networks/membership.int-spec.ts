import { collect, startTestApp, tick, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

const JOIN = 'mutation($id: ID!) { joinNetwork(networkId: $id) { id status role } }';
const MEMBERS = 'query($slug: String!, $status: MembershipStatus, $first: Int, $after: String) { network(slug: $slug) { members(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status user { id name email } } } } }';

describe('networks and membership', () => {
  let t: TestApp;
  let priv: NetworkScenario;
  let pub: NetworkScenario;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    priv = await networkScenario(t, 'PRIVATE');
    pub = await networkScenario(t, 'PUBLIC');
  });
  afterAll(() => t.close());

  it('bootstraps the platform admin from ADMIN_EMAIL / ADMIN_PASSWORD', async () => {
    const me = await t.gql('{ me { isPlatformAdmin } }', {}, priv.platformAdmin.token);
    expect(me.data.me.isPlatformAdmin).toBe(true);
  });

  it('joins a PUBLIC network at once and a PRIVATE one as PENDING', async () => {
    const person = await t.register('Joiner');
    const publicJoin = await t.gql(JOIN, { id: pub.networkId }, person.token);
    expect(publicJoin.data.joinNetwork).toMatchObject({ status: 'ACTIVE', role: 'MEMBER' });
    const privateJoin = await t.gql(JOIN, { id: priv.networkId }, person.token);
    expect(privateJoin.data.joinNetwork).toMatchObject({ status: 'PENDING' });
    // Joining twice is harmless and returns the same membership.
    const again = await t.gql(JOIN, { id: priv.networkId }, person.token);
    expect(again.data.joinNetwork.id).toBe(privateJoin.data.joinNetwork.id);
    expect(await t.count(`memberships WHERE user_id = '${person.id}'`)).toBe(2);
  });

  it('keeps a private network out of sight of anonymous callers', async () => {
    const list = await t.gql('{ networks { slug } }');
    expect(list.data.networks.map((n: { slug: string }) => n.slug)).not.toContain(priv.slug);
    expect((await t.gql('query($s: String!) { network(slug: $s) { id } }', { s: priv.slug })).data.network).toBeNull();
    const join = await t.gql(JOIN, { id: priv.networkId });
    expect(join.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a private network\'s members to active members only', async () => {
    const asMember = await t.gql(MEMBERS, { slug: priv.slug }, priv.member.token);
    expect(asMember.data.network.members.totalCount).toBeGreaterThanOrEqual(4);
    for (const who of [priv.outsider, priv.pending, priv.suspended]) {
      const refused = await t.gql(MEMBERS, { slug: priv.slug }, who.token);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('shows pending requests to coordinators only, and never other people\'s emails', async () => {
    const asCoordinator = await t.gql(MEMBERS, { slug: priv.slug, status: 'PENDING' }, priv.coordinator.token);
    const pending = asCoordinator.data.network.members.nodes;
    expect(pending.map((m: { user: { id: string } }) => m.user.id)).toContain(priv.pending.id);
    expect(pending.every((m: { user: { email: string | null } }) => m.user.email === null)).toBe(true);
    const asMember = await t.gql(MEMBERS, { slug: priv.slug, status: 'PENDING' }, priv.member.token);
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('pages through members with cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = await t.gql(MEMBERS, { slug: pub.slug, first: 2, after }, pub.member.token);
      const members: any = page.data.network.members;
      total = members.totalCount;
      seen.push(...members.nodes.map((m: { id: string }) => m.id));
      after = members.pageInfo.hasNextPage ? members.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    const bad = await t.gql(MEMBERS, { slug: pub.slug, first: 2, after: 'not-a-cursor' }, pub.member.token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await t.gql(MEMBERS, { slug: pub.slug, first: 101 }, pub.member.token);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('suspends a member: they can no longer read private content or write', async () => {
    const person = await t.register('Soon Suspended');
    const joined = await t.gql(JOIN, { id: priv.networkId }, person.token);
    const id = joined.data.joinNetwork.id;
    await t.gql('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id }, priv.coordinator.token);
    expect((await t.gql(MEMBERS, { slug: priv.slug }, person.token)).errors).toBeUndefined();
    const suspended = await t.gql('mutation($id: ID!) { suspendMembership(membershipId: $id) { status } }', { id }, priv.coordinator.token);
    expect(suspended.data.suspendMembership.status).toBe('SUSPENDED');
    expect((await t.gql(MEMBERS, { slug: priv.slug }, person.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const write = await t.gql(
      'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { name: 'Blocked Group', kind: 'COMMUNITY', description: '', areasServed: [], networkId: priv.networkId } },
      person.token,
    );
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.count("organisations WHERE name = 'Blocked Group'")).toBe(0);
  });

  it('lets only admins make admins, and never strands a network without one', async () => {
    const promote = 'mutation($id: ID!, $r: MembershipRole!) { setMembershipRole(membershipId: $id, role: $r) { role } }';
    const asCoordinator = await t.gql(promote, { id: priv.memberships.member, r: 'ADMIN' }, priv.coordinator.token);
    expect(asCoordinator.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const demoteAdmin = await t.gql(promote, { id: priv.memberships.admin, r: 'MEMBER' }, priv.coordinator.token);
    expect(demoteAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await t.gql(promote, { id: priv.memberships.coordinator, r: 'ADMIN' }, priv.coordinator.token);
    expect(own.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // A network whose only admin tries to leave.
    const solo = await t.gql(
      'mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }',
      { i: { slug: 'solo-admin', name: 'Solo', description: '', visibility: 'PUBLIC' } },
      priv.platformAdmin.token,
    );
    const leave = await t.gql('mutation($id: ID!) { leaveNetwork(networkId: $id) }', { id: solo.data.createNetwork.id }, priv.platformAdmin.token);
    expect(leave.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses bad network input with coded errors and writes nothing', async () => {
    const before = await t.count('networks');
    const create = 'mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }';
    const cases = [
      [{ slug: 'Bad Slug', name: 'X y', description: '', visibility: 'PUBLIC' }, 'BAD_USER_INPUT'],
      [{ slug: priv.slug, name: 'Duplicate', description: '', visibility: 'PUBLIC' }, 'CONFLICT'],
      [{ slug: 'ok-slug', name: 'Y', description: '', visibility: 'PUBLIC' }, 'BAD_USER_INPUT'],
    ] as const;
    for (const [input, code] of cases) {
      const result = await t.gql(create, { i: input }, priv.platformAdmin.token);
      expect(result.errors?.[0].extensions?.code).toBe(code);
    }
    const unknown = await t.gql(JOIN, { id: '5f0c3c5e-0000-4000-8000-000000000000' }, priv.outsider.token);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await t.gql(JOIN, { id: "1' OR '1'='1" }, priv.outsider.token);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.count('networks')).toBe(before);
  });

  it('delivers membership changes live to the person and to coordinators, and to nobody else', async () => {
    const applicant = await t.register('Live Applicant');
    const joined = await t.gql(JOIN, { id: priv.networkId }, applicant.token);
    const query = 'subscription($id: ID!) { membershipUpdated(networkId: $id) { id status user { name } } }';
    const mine = collect(t.ws(applicant.token), query, { id: priv.networkId });
    const coordinator = collect(t.ws(priv.coordinator.token), query, { id: priv.networkId });
    const outsider = collect(t.ws(priv.outsider.token), query, { id: priv.networkId });
    const member = collect(t.ws(priv.member.token), query, { id: priv.networkId });
    await tick(300);

    await t.gql('mutation($id: ID!) { approveMembership(membershipId: $id) { id } }', { id: joined.data.joinNetwork.id }, priv.coordinator.token);
    expect(await mine.next(1)).toBe(true);
    expect(mine.events[0].membershipUpdated).toMatchObject({ id: joined.data.joinNetwork.id, status: 'ACTIVE' });
    expect(await coordinator.next(1)).toBe(true);
    await tick(300);
    expect(outsider.events).toEqual([]);
    expect(member.events).toEqual([]);
  });

  it('tells a declined applicant and coordinators live that the request is gone', async () => {
    const applicant = await t.register('Declined Applicant');
    const joined = await t.gql(JOIN, { id: priv.networkId }, applicant.token);
    const query = 'subscription($id: ID!) { membershipRemoved(networkId: $id) }';
    const mine = collect(t.ws(applicant.token), query, { id: priv.networkId });
    const outsider = collect(t.ws(priv.outsider.token), query, { id: priv.networkId });
    await tick(300);
    await t.gql('mutation($id: ID!) { declineMembership(membershipId: $id) }', { id: joined.data.joinNetwork.id }, priv.coordinator.token);
    expect(await mine.next(1)).toBe(true);
    expect(mine.events[0].membershipRemoved).toBe(joined.data.joinNetwork.id);
    await tick(300);
    expect(outsider.events).toEqual([]);
    expect(await t.count(`memberships WHERE id = '${joined.data.joinNetwork.id}'`)).toBe(0);
  });
  describe('state transitions at the same moment (issue 17.9)', () => {
    const APPROVE = 'mutation($id: ID!) { approveMembership(membershipId: $id) { id status } }';
    const DECLINE = 'mutation($id: ID!) { declineMembership(membershipId: $id) }';
    const LEAVE = 'mutation($id: ID!) { leaveNetwork(networkId: $id) }';
    const SUSPEND = 'mutation($id: ID!) { suspendMembership(membershipId: $id) { id status } }';
    const statusOf = async (userId: string) =>
      ((await t.dataSource.query('SELECT status FROM memberships WHERE network_id = $1 AND user_id = $2', [priv.networkId, userId])) as { status: string }[]).map((r) => r.status);
    const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

    it('approving and declining a request at once: exactly one wins, and the person is where the winner put them', async () => {
      for (let round = 0; round < 6; round++) {
        const person = await t.register(`Racer ${round}`);
        const id = (await t.gql(JOIN, { id: priv.networkId }, person.token)).data.joinNetwork.id;
        const [approved, declined] = await Promise.all([t.gql(APPROVE, { id }, priv.coordinator.token), t.gql(DECLINE, { id }, priv.admin.token)]);
        const winners = [approved, declined].filter((r) => !r.errors);
        expect([round, winners.length]).toEqual([round, 1]);
        // The loser is told: a conflict, or (when the request was already removed) that it is gone.
        expect(['CONFLICT', 'NOT_FOUND']).toContain(codeOf(approved.errors ? approved : declined));
        expect([round, await statusOf(person.id)]).toEqual([round, approved.errors ? [] : ['ACTIVE']]);
      }
    });

    it('approving while the person withdraws: never both a withdrawal and an ACTIVE membership', async () => {
      for (let round = 0; round < 6; round++) {
        const person = await t.register(`Withdrawer ${round}`);
        const id = (await t.gql(JOIN, { id: priv.networkId }, person.token)).data.joinNetwork.id;
        const [approved, left] = await Promise.all([t.gql(APPROVE, { id }, priv.coordinator.token), t.gql(LEAVE, { id: priv.networkId }, person.token)]);
        expect([approved, left].some((r) => !r.errors)).toBe(true);
        for (const r of [approved, left]) if (r.errors) expect(['CONFLICT', 'NOT_FOUND']).toContain(codeOf(r));
        // Approved then left (both succeed, in that order) ends with no membership, as does a withdrawal alone.
        expect([round, await statusOf(person.id)]).toEqual([round, left.errors ? ['ACTIVE'] : []]);
      }
    });

    it('suspending while the person leaves: the membership is either gone or suspended, as the answers say', async () => {
      const person = await t.register('Leaver');
      const id = (await t.gql(JOIN, { id: priv.networkId }, person.token)).data.joinNetwork.id;
      await t.gql(APPROVE, { id }, priv.coordinator.token);
      const [suspended, left] = await Promise.all([t.gql(SUSPEND, { id }, priv.coordinator.token), t.gql(LEAVE, { id: priv.networkId }, person.token)]);
      expect([suspended, left].filter((r) => !r.errors)).toHaveLength(1);
      expect(await statusOf(person.id)).toEqual(left.errors ? ['SUSPENDED'] : []);
    });
  });
});
