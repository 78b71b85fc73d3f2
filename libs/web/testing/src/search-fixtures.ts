/** Search data shaped like the API's answers (see libs/web/search/src/search.documents.ts). */

export type SearchKindFixture = 'THREAD' | 'POST' | 'DOCUMENT' | 'EVENT' | 'ORGANISATION';

export interface SearchHitFixture {
  kind?: SearchKindFixture;
  id?: string;
  title?: string;
  snippet?: string;
  authorBlocked?: boolean;
  at?: string;
  threadId?: string | null;
  path?: string;
  network?: { slug?: string; name?: string };
}

const PATHS: Record<SearchKindFixture, (slug: string, id: string, threadId: string | null) => string> = {
  THREAD: (slug, id) => `/n/${slug}/t/${id}`,
  POST: (slug, id, threadId) => `/n/${slug}/t/${threadId}?post=${id}`,
  DOCUMENT: (slug, id) => `/n/${slug}/d/${id}`,
  EVENT: (slug, id) => `/n/${slug}/e/${id}`,
  ORGANISATION: (slug) => `/n/${slug}/organisations`,
};

export function searchHit(fixture: SearchHitFixture = {}) {
  const kind = fixture.kind ?? 'THREAD';
  const id = fixture.id ?? `${kind.toLowerCase()}-1`;
  const slug = fixture.network?.slug ?? 'macclesfield';
  const threadId = fixture.threadId ?? (kind === 'POST' ? 'thread-1' : null);
  return {
    __typename: 'SearchHit',
    kind,
    id,
    title: fixture.title ?? 'Winter coat collection',
    snippet: fixture.snippet ?? 'We are collecting «coats» for the winter.',
    authorBlocked: fixture.authorBlocked ?? false,
    rank: 0.5,
    at: fixture.at ?? '2026-11-01T10:00:00.000Z',
    threadId,
    path: fixture.path ?? PATHS[kind](slug, id, threadId),
    network: { __typename: 'Network', id: `net-${slug}`, slug, name: fixture.network?.name ?? 'Macclesfield Community Network' },
  };
}

/** The `searchCounts` answer: every kind, with the given counts (0 otherwise). */
export function searchCounts(counts: Partial<Record<SearchKindFixture, number>> = {}) {
  return (['THREAD', 'POST', 'DOCUMENT', 'EVENT', 'ORGANISATION'] as const).map((kind) => ({
    __typename: 'SearchKindCount',
    kind,
    count: counts[kind] ?? 0,
  }));
}
