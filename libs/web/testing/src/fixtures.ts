import type { FakeResponse } from './mock-client';

export const anonymous: FakeResponse = { data: { me: null } };

export function signedInAs(name = 'Alex Example', extra: { isPlatformAdmin?: boolean; id?: string; emailVerified?: boolean } = {}): FakeResponse {
  return {
    data: {
      me: {
        __typename: 'User',
        id: extra.id ?? 'user-1',
        name,
        email: 'alex@example.org',
        emailVerified: extra.emailVerified ?? true,
        isPlatformAdmin: extra.isPlatformAdmin ?? false,
      },
    },
  };
}

export interface NetworkFixture {
  id?: string;
  slug?: string;
  name?: string;
  area?: string;
  description?: string;
  visibility?: 'PUBLIC' | 'PRIVATE';
  myMembership?: null | { id?: string; role?: 'MEMBER' | 'COORDINATOR' | 'ADMIN'; status?: 'ACTIVE' | 'PENDING' | 'SUSPENDED' };
}

export function network(fixture: NetworkFixture = {}) {
  const membership = fixture.myMembership;
  return {
    __typename: 'Network',
    id: fixture.id ?? 'net-1',
    slug: fixture.slug ?? 'macclesfield',
    name: fixture.name ?? 'Macclesfield Community Network',
    area: fixture.area ?? 'Cheshire East',
    description: fixture.description ?? 'Charities and community groups in Macclesfield.',
    visibility: fixture.visibility ?? 'PUBLIC',
    myMembership: membership
      ? {
          __typename: 'Membership',
          id: membership.id ?? 'membership-me',
          role: membership.role ?? 'MEMBER',
          status: membership.status ?? 'ACTIVE',
          organisation: null,
        }
      : null,
  };
}

export function membersPage(
  nodes: Array<{ id: string; name: string; role?: string; status?: string; organisation?: string | null }>,
  pageInfo: { hasNextPage?: boolean; endCursor?: string | null } = {},
) {
  return {
    __typename: 'MembershipConnection',
    totalCount: nodes.length,
    nodes: nodes.map((node) => ({
      __typename: 'Membership',
      id: node.id,
      role: node.role ?? 'MEMBER',
      status: node.status ?? 'ACTIVE',
      createdAt: '2026-11-01T10:00:00.000Z',
      user: { __typename: 'User', id: `user-${node.id}`, name: node.name },
      organisation: node.organisation ? { __typename: 'Organisation', id: `org-${node.id}`, name: node.organisation } : null,
    })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: pageInfo.hasNextPage ?? false, endCursor: pageInfo.endCursor ?? null },
  };
}
