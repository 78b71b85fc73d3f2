import type { SearchKind } from '@community-hub/web-graphql';

/** The order kinds are shown in, in the header's suggestions and the results page's filter. */
export const KIND_ORDER: readonly SearchKind[] = ['THREAD', 'POST', 'DOCUMENT', 'EVENT', 'ORGANISATION'];

export const KIND_PLURALS: Record<SearchKind, string> = {
  THREAD: 'Threads',
  POST: 'Posts',
  DOCUMENT: 'Documents',
  EVENT: 'Events',
  ORGANISATION: 'Organisations',
};

export const KIND_SINGULARS: Record<SearchKind, string> = {
  THREAD: 'Thread',
  POST: 'Post',
  DOCUMENT: 'Document',
  EVENT: 'Event',
  ORGANISATION: 'Organisation',
};

export function isSearchKind(value: string | null | undefined): value is SearchKind {
  return !!value && (KIND_ORDER as readonly string[]).includes(value);
}

/** What the results page's URL holds: /search?q=…&network=…&kind=…&from=…&to=… (dates as YYYY-MM-DD, UK). */
export interface SearchFilters {
  q: string;
  network?: string | null;
  kind?: SearchKind | null;
  from?: string | null;
  to?: string | null;
}

export function searchPagePath(filters: SearchFilters): string {
  const params = new URLSearchParams();
  params.set('q', filters.q);
  if (filters.network) params.set('network', filters.network);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return `/search?${params.toString()}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(value: string | null): string | null {
  if (!value || !DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value;
}

export function filtersFromParams(params: URLSearchParams): Required<SearchFilters> {
  const kind = params.get('kind');
  return {
    q: params.get('q') ?? '',
    network: params.get('network')?.trim() || null,
    kind: isSearchKind(kind) ? kind : null,
    from: validDay(params.get('from')),
    to: validDay(params.get('to')),
  };
}

export const UK_TIME_ZONE = 'Europe/London';

/** Minutes UK time is ahead of UTC at an instant (0 in winter, 60 in summer). */
function ukOffsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: UK_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wallClock - instant.getTime()) / 60_000);
}

/**
 * Midnight at the start of a UK day (YYYY-MM-DD) as an ISO instant. The clocks
 * change at 01:00 UTC, so the offset at UTC midnight is the one at UK midnight.
 */
export function ukDayStart(day: string, addDays = 0): string {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  utcMidnight.setUTCDate(utcMidnight.getUTCDate() + addDays);
  return new Date(utcMidnight.getTime() - ukOffsetMinutes(utcMidnight) * 60_000).toISOString();
}

/** The API's date window: from the start of `from` to the end of `to` (inclusive), UK days. */
export function searchWindow(filters: Pick<SearchFilters, 'from' | 'to'>): { from: string | null; to: string | null } {
  return {
    from: filters.from ? ukDayStart(filters.from) : null,
    to: filters.to ? ukDayStart(filters.to, 1) : null,
  };
}

/** "3 Mar 2026" (UK time); events also give the time they start. */
export function formatHitDate(iso: string, withTime: boolean): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', {
    timeZone: UK_TIME_ZONE,
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' as const } : {}),
  });
}

export function pluralResults(count: number): string {
  return count === 1 ? '1 result' : `${count.toLocaleString('en-GB')} results`;
}

/** The network page the person is on (/n/<slug>/…), if any. */
export function networkSlugFromPath(pathname: string): string | null {
  const match = /^\/n\/([^/]+)/.exec(pathname);
  return match ? decodeURIComponent(match[1] as string) : null;
}
