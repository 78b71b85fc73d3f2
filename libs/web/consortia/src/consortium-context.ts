import { useOutletContext } from 'react-router';
import type { ConsortiumQuery } from '@community-hub/web-graphql';

export type ConsortiumDetails = NonNullable<ConsortiumQuery['consortium']>;
export type ConsortiumMemberDetails = ConsortiumDetails['members'][number];

/** What the consortium page hands to its tabs. */
export interface ConsortiumOutletContext {
  consortium: ConsortiumDetails;
  /** The person represents the lead organisation. */
  isLead: boolean;
  /** Accepted member organisations the person represents (they may sign for these). */
  myMembers: ConsortiumMemberDetails[];
  refresh(): void;
}

export function useConsortiumContext(): ConsortiumOutletContext {
  return useOutletContext<ConsortiumOutletContext>();
}

/** The consortium's queries refetch when any of its parts change. */
export const CONSORTIUM_CONTEXT = { additionalTypenames: ['Consortium', 'ConsortiumMember'] };
