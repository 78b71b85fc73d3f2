import { useOutletContext } from 'react-router';
import type { NetworkQuery } from '@community-hub/web-graphql';

export type NetworkDetails = NonNullable<NetworkQuery['network']>;

/** What the network layout hands to its tabs. */
export interface NetworkOutletContext {
  network: NetworkDetails;
  /** Fetches the network (and so the caller's membership) again. */
  refresh(): void;
}

export function useNetworkContext(): NetworkOutletContext {
  return useOutletContext<NetworkOutletContext>();
}

/** Queries that show memberships must refetch when a mutation touches one, even when they held none. */
export const MEMBERSHIP_CONTEXT = { additionalTypenames: ['Membership'] };
