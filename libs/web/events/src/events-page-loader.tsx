import { useEffect } from 'react';
import { useQuery, type CombinedError } from 'urql';
import type { NetworkEventsQuery } from '@community-hub/web-graphql';
import { networkEventsQuery } from './events.documents';
import { EVENTS_CONTEXT } from './event-window';

type EventsPage = NonNullable<NetworkEventsQuery['network']>['events'];

export interface PageResult {
  page: EventsPage | null;
  calendarPath?: string;
  fetching: boolean;
  error: CombinedError | undefined;
}

/** One page of `Network.events`, handed up so the list can merge pages and live additions by day. */
export function EventsPageLoader({
  resultKey,
  variables,
  onResult,
}: {
  resultKey: string;
  variables: { slug: string; from: string | null; to: string | null; past: boolean; first: number; after: string | null };
  onResult(key: string, result: PageResult): void;
}) {
  const { page, calendarPath, fetching, error } = useEventsPage(variables);
  useEffect(() => onResult(resultKey, { page, calendarPath, fetching, error }), [resultKey, page, calendarPath, fetching, error, onResult]);
  return null;
}

export type EventsPageVariables = Parameters<typeof EventsPageLoader>[0]['variables'];

/** One page of `Network.events` read where it is shown (the list's first page, so its first render has it). */
export function useEventsPage(variables: EventsPageVariables): PageResult {
  const [{ data, fetching, error }] = useQuery({ query: networkEventsQuery, variables, requestPolicy: 'cache-and-network', context: EVENTS_CONTEXT });
  return { page: data?.network?.events ?? null, calendarPath: data?.network?.calendarPath, fetching, error };
}
