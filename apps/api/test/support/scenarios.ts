import type { TestApp, TestUser } from './test-app';

export const ADMIN_ENV = { ADMIN_EMAIL: 'platform-admin@example.org', ADMIN_PASSWORD: 'platform-admin-password' };

export interface NetworkScenario {
  networkId: string;
  slug: string;
  platformAdmin: TestUser;
  admin: TestUser;
  coordinator: TestUser;
  member: TestUser;
  pending: TestUser;
  suspended: TestUser;
  outsider: TestUser;
  memberships: Record<'admin' | 'coordinator' | 'member' | 'pending' | 'suspended', string>;
}

async function ok<T = any>(t: TestApp, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await t.gql(query, variables, token);
  if (result.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

const JOIN = 'mutation($id: ID!) { joinNetwork(networkId: $id) { id status } }';
const APPROVE = 'mutation($id: ID!) { approveMembership(membershipId: $id) { id } }';

/**
 * A network with one person in every role, built through the public API as a
 * person would: the platform admin creates it (and becomes its admin), others
 * join and are approved, promoted or suspended.
 */
export async function networkScenario(t: TestApp, visibility: 'PUBLIC' | 'PRIVATE', slug = `net-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`): Promise<NetworkScenario> {
  const platformAdmin = await t.login(ADMIN_ENV.ADMIN_EMAIL, ADMIN_ENV.ADMIN_PASSWORD);
  const created = await ok(
    t,
    'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id myMembership { id } } }',
    { input: { slug, name: `Network ${slug}`, description: 'Test network', visibility } },
    platformAdmin.token,
  );
  const networkId: string = created.createNetwork.id;
  // The creator is the network's first admin; `admin` below is a second, ordinary person made admin.
  const people = {
    admin: await t.register('Ada Admin'),
    coordinator: await t.register('Cora Coordinator'),
    member: await t.register('Mel Member'),
    pending: await t.register('Pat Pending'),
    suspended: await t.register('Sid Suspended'),
    outsider: await t.register('Olly Outsider'),
  };
  const memberships: Record<string, string> = {};
  for (const role of ['admin', 'coordinator', 'member', 'pending', 'suspended'] as const) {
    const joined = await ok(t, JOIN, { id: networkId }, people[role].token);
    memberships[role] = joined.joinNetwork.id;
    if (role !== 'pending' && joined.joinNetwork.status === 'PENDING') {
      await ok(t, APPROVE, { id: memberships[role] }, platformAdmin.token);
    }
  }
  const setRole = 'mutation($id: ID!, $role: MembershipRole!) { setMembershipRole(membershipId: $id, role: $role) { id } }';
  await ok(t, setRole, { id: memberships.admin, role: 'ADMIN' }, platformAdmin.token);
  await ok(t, setRole, { id: memberships.coordinator, role: 'COORDINATOR' }, platformAdmin.token);
  await ok(t, 'mutation($id: ID!) { suspendMembership(membershipId: $id) { id } }', { id: memberships.suspended }, platformAdmin.token);
  if (visibility === 'PUBLIC') {
    // In a public network joining is immediate; model "pending" by a private-style request is impossible,
    // so the pending person simply has no membership there.
    await ok(t, 'mutation($id: ID!) { leaveNetwork(networkId: $id) }', { id: networkId }, people.pending.token);
  }
  return {
    networkId,
    slug,
    platformAdmin,
    ...people,
    memberships: memberships as NetworkScenario['memberships'],
  };
}
