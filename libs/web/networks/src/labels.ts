import type { MembershipRole, MembershipStatus, NetworkVisibility, OrganisationKind } from '@community-hub/web-graphql';

export const ROLE_LABELS: Record<MembershipRole, string> = {
  MEMBER: 'Member',
  COORDINATOR: 'Coordinator',
  ADMIN: 'Admin',
};

export const STATUS_LABELS: Record<MembershipStatus, string> = {
  ACTIVE: 'Member',
  PENDING: 'Pending',
  SUSPENDED: 'Suspended',
};

/** What the membership panel says to the person themselves. */
export const MY_STATUS_TEXT: Record<MembershipStatus, string> = {
  ACTIVE: 'You are a member',
  PENDING: 'Your request is waiting for a coordinator',
  SUSPENDED: 'Your membership is suspended',
};

/** Said in place of MY_STATUS_TEXT once a coordinator declines your request, until you act again. */
export const DECLINED_TEXT = 'Your request to join was declined';

export const VISIBILITY_LABELS: Record<NetworkVisibility, string> = {
  PUBLIC: 'Public',
  PRIVATE: 'Private',
  HIDDEN: 'Hidden',
};

export const VISIBILITY_EXPLAINED: Record<NetworkVisibility, string> = {
  PUBLIC: 'Public network: anyone can read it and join.',
  PRIVATE: 'Private network: only members can read it, and a coordinator approves each request to join.',
  HIDDEN: 'Hidden network: only members know it exists; people join by invitation.',
};

export const KIND_LABELS: Record<OrganisationKind, string> = {
  VOLUNTARY: 'Voluntary group or charity',
  COMMUNITY: 'Community group',
  FAITH: 'Faith group',
  PUBLIC: 'Public body',
  BUSINESS: 'Business',
};

/** Admins of the network, and platform admins, may make and unmake admins. */
export function canAdminister(
  membership: { role: MembershipRole; status: MembershipStatus } | null | undefined,
  user: { isPlatformAdmin: boolean } | null | undefined,
): boolean {
  if (user?.isPlatformAdmin) return true;
  return !!membership && membership.status === 'ACTIVE' && membership.role === 'ADMIN';
}

export const KINDS = Object.keys(KIND_LABELS) as OrganisationKind[];
export const ROLES = Object.keys(ROLE_LABELS) as MembershipRole[];

/** Coordinators and admins of the network, and platform admins, look after its members. */
export function canCoordinate(
  membership: { role: MembershipRole; status: MembershipStatus } | null | undefined,
  user: { isPlatformAdmin: boolean } | null | undefined,
): boolean {
  if (user?.isPlatformAdmin) return true;
  return !!membership && membership.status === 'ACTIVE' && (membership.role === 'COORDINATOR' || membership.role === 'ADMIN');
}
