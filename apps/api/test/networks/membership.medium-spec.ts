import { MembershipRole, MembershipStatus, NetworksService, NetworkVisibility } from '@community-hub/api-networks';
import { refusal, startMediumTest, type MediumNetwork, type MediumTest } from '../support/medium';

// Membership rules, called on NetworksService directly against real PostgreSQL (no HTTP).
describe('network membership rules (medium)', () => {
  let m: MediumTest;
  let networks: NetworksService;
  let n: MediumNetwork;

  beforeAll(async () => {
    m = await startMediumTest();
    networks = m.get(NetworksService);
    n = await m.network('PRIVATE');
  });
  afterAll(() => m?.close());

  const statusOf = async (membershipId: string) =>
    (await m.dataSource.query('SELECT status FROM memberships WHERE id = $1', [membershipId]))[0]?.status as string | undefined;

  it('joining a private network asks for approval; only coordinators and admins approve it', async () => {
    const newcomer = await m.user('Nina Newcomer');
    const request = await networks.join(newcomer, n.networkId);
    expect(request.status).toBe(MembershipStatus.PENDING);
    // A plain member, the newcomer themself and an outsider cannot approve.
    expect((await refusal(networks.approve(n.member, request.id))).code).toBe('FORBIDDEN');
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(networks.approve(newcomer, request.id))).code);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(networks.approve(n.outsider, request.id))).code);
    expect(await statusOf(request.id)).toBe('PENDING');
    expect((await networks.approve(n.coordinator, request.id)).status).toBe(MembershipStatus.ACTIVE);
    expect(await statusOf(request.id)).toBe('ACTIVE');
  });

  it('a suspended member cannot rejoin, leave on their own or read the member list', async () => {
    expect((await refusal(networks.join(n.suspended, n.networkId))).code).toBe('FORBIDDEN');
    expect((await refusal(networks.leave(n.suspended, n.networkId))).code).toBe('FORBIDDEN');
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((await refusal(networks.members(n.suspended, n.networkId, { first: 10, status: MembershipStatus.ACTIVE }))).code);
    expect(await statusOf(n.memberships.suspended)).toBe('SUSPENDED');
    // Active members do read it; the pending list is for coordinators.
    expect((await networks.members(n.member, n.networkId, { first: 50, status: MembershipStatus.ACTIVE })).edges.length).toBeGreaterThanOrEqual(4);
    expect((await refusal(networks.members(n.member, n.networkId, { first: 10, status: MembershipStatus.PENDING }))).code).toBe('FORBIDDEN');
    const pending = await networks.members(n.coordinator, n.networkId, { first: 10, status: MembershipStatus.PENDING });
    expect(pending.edges.map((e) => e.node.userId)).toContain(n.pending.userId);
  });

  it('suspending is for coordinators; reinstating works only on a suspended membership', async () => {
    const someone = await m.user('Sam Someone');
    const joined = await networks.join(someone, n.networkId);
    await networks.approve(n.coordinator, joined.id);
    expect((await refusal(networks.suspend(n.member, joined.id))).code).toBe('FORBIDDEN');
    expect(await statusOf(joined.id)).toBe('ACTIVE');
    expect((await refusal(networks.reinstate(n.coordinator, joined.id))).code).toBe('CONFLICT');
    await networks.suspend(n.coordinator, joined.id);
    expect(await statusOf(joined.id)).toBe('SUSPENDED');
    expect((await networks.reinstate(n.coordinator, joined.id)).status).toBe(MembershipStatus.ACTIVE);
  });

  it('coordinators appoint coordinators, but only admins make (or unmake) admins', async () => {
    const helper = await m.user('Hal Helper');
    const joined = await networks.join(helper, n.networkId);
    await networks.approve(n.coordinator, joined.id);
    expect((await refusal(networks.setRole(n.coordinator, joined.id, MembershipRole.ADMIN))).code).toBe('FORBIDDEN');
    expect((await refusal(networks.setRole(n.coordinator, n.memberships.admin, MembershipRole.MEMBER))).code).toBe('FORBIDDEN');
    expect((await refusal(networks.setRole(n.member, joined.id, MembershipRole.COORDINATOR))).code).toBe('FORBIDDEN');
    expect((await networks.setRole(n.coordinator, joined.id, MembershipRole.COORDINATOR)).role).toBe(MembershipRole.COORDINATOR);
    expect((await networks.setRole(n.admin, joined.id, MembershipRole.ADMIN)).role).toBe(MembershipRole.ADMIN);
    // A pending request cannot be given a role.
    expect((await refusal(networks.setRole(n.admin, n.memberships.pending, MembershipRole.COORDINATOR))).code).toBe('CONFLICT');
  });

  it('declining is only for pending requests, and only by coordinators', async () => {
    const hopeful = await m.user('Hope Hopeful');
    const request = await networks.join(hopeful, n.networkId);
    expect((await refusal(networks.decline(n.member, request.id))).code).toBe('FORBIDDEN');
    expect((await refusal(networks.decline(n.coordinator, n.memberships.member))).code).toBe('CONFLICT');
    expect(await networks.decline(n.coordinator, request.id)).toBe(request.id);
    expect(await statusOf(request.id)).toBeUndefined();
  });

  it('the last admin cannot leave', async () => {
    const network = await m.network('PUBLIC');
    // Two admins (the creator and `admin`): the first may go, the last may not.
    expect(await networks.leave(network.admin, network.networkId)).toBe(true);
    expect((await refusal(networks.leave(network.creator, network.networkId))).code).toBe('CONFLICT');
    expect((await networks.listMyMemberships(network.creator)).map((x) => x.networkId)).toContain(network.networkId);
  });

  it('creating a network is for platform admins; a taken address is a conflict', async () => {
    const input = { slug: `medium-${Date.now().toString(36)}`, name: 'Somewhere', description: '', visibility: NetworkVisibility.PUBLIC };
    const before = await m.count('networks');
    expect((await refusal(networks.create(n.admin, input))).code).toBe('FORBIDDEN');
    expect(await m.count('networks')).toBe(before);
    const admin = await m.platformAdmin();
    await networks.create(admin, input);
    expect((await refusal(networks.create(admin, input))).code).toBe('CONFLICT');
    expect((await refusal(networks.create(admin, { ...input, slug: 'Not A Slug!' }))).code).toBe('BAD_USER_INPUT');
  });
});
