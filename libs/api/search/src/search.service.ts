import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, type Caller, notFound } from '@community-hub/api-common';
import { callerIdOrNone, SpaceAccessService, SpacePermission } from '@community-hub/api-networks';
import { SearchArgs, SearchFilterArgs, SearchHit, SearchKind, SearchKindCount } from './search.model';

const DEFAULT_FIRST = 20;

/**
 * One source of search hits: SQL selecting (kind, id, network_id, title, rank,
 * at, thread_id, position) for rows matching the query `q.q` that the caller may read,
 * using the CTEs `q`, `readable` (space ids the caller may read) and `joined`
 * (space ids where the caller is an active member). `$3` is the network filter
 * (or NULL), `$4`/`$5` the date window (or NULL).
 */
interface Source {
  kind: SearchKind;
  sql: string;
  /** SQL for the snippet's text, given the page row `h`. */
  text: string;
}

const window = (column: string) => `($4::timestamptz IS NULL OR ${column} >= $4) AND ($5::timestamptz IS NULL OR ${column} < $5)`;

const SOURCES: Source[] = [
  {
    kind: SearchKind.THREAD,
    sql: `SELECT 'THREAD' AS kind, t.id, t.network_id, t.title, ts_rank_cd(t.search_vector, q.q) AS rank, t.created_at AS at, NULL::uuid AS thread_id, NULL::int AS position
            FROM threads t, q
           WHERE t.search_vector @@ q.q AND t.space_id IN (SELECT space_id FROM readable)
             AND ($3::uuid IS NULL OR t.network_id = $3) AND ${window('t.created_at')}`,
    text: `(SELECT p.body FROM posts p WHERE p.thread_id = h.id AND p.position = 1 AND p.deleted_at IS NULL)`,
  },
  {
    kind: SearchKind.POST,
    // A thread's opening post is the thread: a match there is a THREAD hit (merged with a title match below).
    sql: `SELECT CASE WHEN p.position = 1 THEN 'THREAD' ELSE 'POST' END, CASE WHEN p.position = 1 THEN t.id ELSE p.id END, t.network_id, t.title,
                 ts_rank_cd(p.search_vector, q.q), CASE WHEN p.position = 1 THEN t.created_at ELSE p.created_at END,
                 CASE WHEN p.position = 1 THEN NULL ELSE t.id END, CASE WHEN p.position = 1 THEN NULL ELSE p.position END
            FROM posts p JOIN threads t ON t.id = p.thread_id, q
           WHERE p.search_vector @@ q.q AND p.deleted_at IS NULL AND t.space_id IN (SELECT space_id FROM readable)
             AND ($3::uuid IS NULL OR t.network_id = $3) AND ${window('p.created_at')}`,
    text: `(SELECT p.body FROM posts p WHERE p.id = h.id)`,
  },
  {
    kind: SearchKind.DOCUMENT,
    // Title, description and the current version's extracted text (see the library's text extraction).
    sql: `SELECT 'DOCUMENT', d.id, d.network_id, d.title, ts_rank_cd(d.search_vector, q.q), d.created_at, NULL::uuid, NULL::int
            FROM documents d, q
           WHERE d.search_vector @@ q.q AND d.deleted_at IS NULL AND d.space_id IN (SELECT space_id FROM readable)
             AND ($3::uuid IS NULL OR d.network_id = $3) AND ${window('d.created_at')}`,
    // The headline reads at most the first 50,000 characters of the text (it costs time in proportion).
    text: `(SELECT d.description || ' ' || coalesce(left((SELECT v.text FROM document_versions v WHERE v.document_id = d.id ORDER BY v.number DESC LIMIT 1), 50000), '')
              FROM documents d WHERE d.id = h.id)`,
  },
  {
    kind: SearchKind.EVENT,
    sql: `SELECT 'EVENT', e.id, e.network_id, e.title, ts_rank_cd(e.search_vector, q.q), e.starts_at, NULL::uuid, NULL::int
            FROM events e, q
           WHERE e.search_vector @@ q.q AND e.space_id IN (SELECT space_id FROM readable)
             AND (e.visibility = 'PUBLIC' OR e.space_id IN (SELECT space_id FROM joined))
             AND ($3::uuid IS NULL OR e.network_id = $3) AND ${window('e.starts_at')}`,
    text: `(SELECT e.description || ' ' || e.location FROM events e WHERE e.id = h.id)`,
  },
  {
    kind: SearchKind.ORGANISATION,
    // An organisation is found through a network directory the caller may read.
    sql: `SELECT 'ORGANISATION', o.id, x.network_id, o.name, ts_rank_cd(o.search_vector, q.q), o.created_at, NULL::uuid, NULL::int
            FROM organisations o, q,
                 LATERAL (SELECT min(l.network_id::text)::uuid AS network_id FROM network_organisations l
                           WHERE l.organisation_id = o.id AND l.network_id IN (SELECT space_id FROM readable)
                             AND ($3::uuid IS NULL OR l.network_id = $3)) x
           WHERE o.search_vector @@ q.q AND x.network_id IS NOT NULL AND ${window('o.created_at')}`,
    text: `(SELECT o.description FROM organisations o WHERE o.id = h.id)`,
  },
];

const PATHS: Record<SearchKind, (slug: string, id: string, threadId: string | null, position: number | null) => string> = {
  [SearchKind.THREAD]: (slug, id) => `/n/${slug}/t/${id}`,
  [SearchKind.POST]: (slug, _id, threadId, position) => `/n/${slug}/t/${threadId}#post-${position}`,
  [SearchKind.DOCUMENT]: (slug, id) => `/n/${slug}/d/${id}`,
  [SearchKind.EVENT]: (slug, id) => `/n/${slug}/e/${id}`,
  [SearchKind.ORGANISATION]: (slug) => `/n/${slug}/organisations`,
};

interface HitRow {
  kind: SearchKind;
  id: string;
  network_id: string;
  slug: string;
  title: string;
  rank: number;
  at: Date;
  thread_id: string | null;
  position: number | null;
  snippet: string | null;
}

/**
 * Search across threads, posts, documents, events and organisations with
 * PostgreSQL full-text search. Who may read what is decided inside the SQL (the
 * same rules as everywhere else, from the space access policies), so paging and
 * counts are right and no snippet comes from something the caller may not read.
 */
@Injectable()
export class SearchService {
  private readonly sources: Source[] = [...SOURCES];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: SpaceAccessService,
  ) {}

  /** Another domain's searchable records (e.g. documents), in the same shape as the built-in sources. */
  addSource(source: Source): void {
    this.sources.push(source);
  }

  async search(caller: Caller | null, args: SearchArgs): Promise<SearchHit[]> {
    const { params, hits, sources } = await this.prepare(caller, args);
    const first = args.first ?? DEFAULT_FIRST;
    params.push(first, args.offset ?? 0);
    const texts = sources.map((s) => `WHEN '${s.kind}' THEN ${s.text}`).join(' ');
    const rows: HitRow[] = await this.db.query(
      `${hits},
       page AS (SELECT * FROM hits ORDER BY rank DESC, at DESC, id LIMIT $6 OFFSET $7)
       SELECT h.kind, h.id, h.network_id, n.slug, h.title, h.rank, h.at, h.thread_id, h.position,
              ts_headline('english', translate(coalesce(CASE h.kind ${texts} END, ''), '<>«»', '‹›'), q.q,
                          'StartSel=«, StopSel=», MaxWords=30, MinWords=12, ShortWord=2') AS snippet
         FROM page h JOIN networks n ON n.id = h.network_id, q
        ORDER BY h.rank DESC, h.at DESC, h.id`,
      params,
    );
    return rows.map((r) =>
      Object.assign(new SearchHit(), {
        kind: r.kind,
        id: r.id,
        title: r.title,
        snippet: (r.snippet ?? '').replace(/\s+/g, ' ').trim(),
        rank: Number(r.rank),
        at: r.at,
        threadId: r.thread_id,
        position: r.position,
        path: PATHS[r.kind](r.slug, r.id, r.thread_id, r.position),
        networkId: r.network_id,
      }),
    );
  }

  /** How many hits of each kind (for "Threads (12) · Documents (3)"). */
  async counts(caller: Caller | null, args: SearchFilterArgs): Promise<SearchKindCount[]> {
    const { params, hits, sources } = await this.prepare(caller, args);
    const rows: { kind: SearchKind; count: number }[] = await this.db.query(`${hits} SELECT kind, count(*)::int AS count FROM hits GROUP BY kind`, params);
    const byKind = new Map(rows.map((r) => [r.kind, r.count]));
    return sources.map((s) => Object.assign(new SearchKindCount(), { kind: s.kind, count: byKind.get(s.kind) ?? 0 }));
  }

  private async prepare(caller: Caller | null, args: SearchFilterArgs) {
    const query = args.query.normalize('NFKC').trim();
    if (!query) throw badInput('Type something to search for', [{ field: 'query', message: 'must not be empty' }]);
    if (args.from && args.to && args.to <= args.from) throw badInput('"to" must be after "from"', [{ field: 'to', message: 'before from' }]);
    let networkId: string | null = null;
    if (args.networkSlug) {
      const [network]: { id: string }[] = await this.db.query('SELECT id FROM networks WHERE slug = $1', [args.networkSlug]);
      if (!network || !(await this.access.can(caller, SpacePermission.READ, network.id))) throw notFound('Network');
      networkId = network.id;
    }
    const kinds = args.kinds?.length ? new Set(args.kinds) : null;
    const sources = this.sources.filter((s) => !kinds || kinds.has(s.kind));
    const hits = `WITH q AS (SELECT websearch_to_tsquery('english', $2) AS q),
      readable AS (${this.access.spacesSql(SpacePermission.READ, '$1::uuid')}),
      joined AS (${this.access.spacesSql(SpacePermission.WRITE, '$1::uuid')}),
      found (kind, id, network_id, title, rank, at, thread_id, position) AS (${sources.map((s) => s.sql).join(' UNION ALL ')}),
      -- One hit per thing: a thread found by its title and by its opening post keeps the better rank.
      hits AS (SELECT DISTINCT ON (kind, id) * FROM found ORDER BY kind, id, rank DESC)`;
    return { hits, sources, params: [callerIdOrNone(caller), query, networkId, args.from ?? null, args.to ?? null] as unknown[] };
  }
}
