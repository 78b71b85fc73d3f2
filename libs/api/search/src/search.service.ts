import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, type Caller, notFound } from '@community-hub/api-common';
import { callerIdOrNone, SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { plainTextFromMarkdown } from '@community-hub/shared-validation';
import { SearchArgs, SearchFilterArgs, SearchHit, SearchKind, SearchKindCount } from './search.model';

const DEFAULT_FIRST = 20;

/**
 * How many matches of each source are ranked, at least: the most recent ones (by the
 * source's date, walked through a B-tree index where the table is large). Ranking reads
 * every ranked row's search vector, so ranking all 200,000 posts that contain a common
 * word took seconds (see BENCHMARKS.md, "Search"). With at most this many matches per
 * source nothing changes. A page deeper than this ranks `offset + first` per source, so
 * pages within the first SEARCH_CANDIDATES hits are slices of one ordering.
 */
export const SEARCH_CANDIDATES = 200;

/**
 * The query as a tsquery. Written out (not taken from a CTE) wherever it is used:
 * websearch_to_tsquery(regconfig, text) is immutable and these statements are planned
 * with their parameters, so PostgreSQL folds it into a constant, evaluates it once, and
 * estimates from the column statistics how many rows match. That estimate lets the
 * planner walk the date index for common words (stopping after the candidates) and use
 * the GIN index for rare ones; through a CTE it could not see the words at all.
 */
const Q = `websearch_to_tsquery('english', $2)`;

/**
 * The highlighted extract of a text `t`: matches between « and » (so those two are
 * taken out of the text first, and < > become ‹ › because the headline parser
 * drops what looks like an HTML tag).
 */
const headline = (t: string) =>
  `ts_headline('english', translate(coalesce(${t}, ''), '<>«»', '‹›'), ${Q}, 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, ShortWord=2')`;

/** How a source's SQL is wanted: ranked with at most `limit` candidates (search), or every match unranked (counts). */
interface Shape {
  ranked: boolean;
  /** SQL for the candidate limit, or null for every match. */
  limit: string | null;
}

/**
 * One source of search hits: SQL selecting (kind, id, network_id, title, rank, at,
 * thread_id, position) for rows matching the query that the caller may read, using the
 * CTEs `readable` (space ids the caller may read) and `joined` (space ids where the
 * caller is an active member). `$2` is the query text, `$3` the network filter (or
 * NULL), `$4`/`$5` the date window (or NULL).
 */
interface Source {
  kind: SearchKind;
  sql: (shape: Shape) => string;
  /** SQL for the snippet's text, given the page row `h`. */
  text: string;
  /** The text is Markdown (posts, event descriptions): made plain text before it is highlighted. */
  markdown?: boolean;
}

const window = (column: string) => `($4::timestamptz IS NULL OR ${column} >= $4) AND ($5::timestamptz IS NULL OR ${column} < $5)`;
/**
 * The relevance of candidate `c` of `table` (0 when only counting). The vector is read
 * again by primary key after the candidates are chosen, so the sort that chooses them
 * never carries vectors (kilobytes each for documents).
 */
const rank = (shape: Shape, table: string) =>
  shape.ranked ? `ts_rank_cd((SELECT v.search_vector FROM ${table} v WHERE v.id = c.id), ${Q})` : '0::real';
/** The most recent candidates first, at most `limit` (nothing when counting). */
const newest = (shape: Shape, order: string) => (shape.limit ? `ORDER BY ${order} LIMIT ${shape.limit}` : '');

const SOURCES: Source[] = [
  {
    kind: SearchKind.THREAD,
    sql: (shape) => `SELECT 'THREAD' AS kind, c.id, c.network_id, c.title, ${rank(shape, 'threads')} AS rank, c.created_at AS at, NULL::uuid AS thread_id, NULL::int AS position
            FROM (SELECT t.id, t.network_id, t.title, t.created_at FROM threads t
                   WHERE t.search_vector @@ ${Q} AND t.hold_status IS NULL AND t.space_id IN (SELECT space_id FROM readable)
                     AND ($3::uuid IS NULL OR t.network_id = $3) AND ${window('t.created_at')}
                   ${newest(shape, 't.created_at DESC, t.id DESC')}) c`,
    text: `(SELECT p.body FROM posts p WHERE p.thread_id = h.id AND p.position = 1 AND p.deleted_at IS NULL)`,
    markdown: true,
  },
  {
    kind: SearchKind.POST,
    // A thread's opening post is the thread: a match there is a THREAD hit (merged with a title match below).
    sql: (shape) => `SELECT CASE WHEN c.position = 1 THEN 'THREAD' ELSE 'POST' END, CASE WHEN c.position = 1 THEN c.thread_id ELSE c.id END, c.network_id, c.title,
                 ${rank(shape, 'posts')}, CASE WHEN c.position = 1 THEN c.thread_created_at ELSE c.created_at END,
                 CASE WHEN c.position = 1 THEN NULL ELSE c.thread_id END, CASE WHEN c.position = 1 THEN NULL ELSE c.position END
            FROM (SELECT p.id, p.thread_id, p.position, p.created_at, t.network_id, t.title, t.created_at AS thread_created_at
                    FROM posts p JOIN threads t ON t.id = p.thread_id
                   WHERE p.search_vector @@ ${Q} AND p.deleted_at IS NULL AND p.hold_status IS NULL AND t.hold_status IS NULL
                     AND t.space_id IN (SELECT space_id FROM readable)
                     AND ($3::uuid IS NULL OR t.network_id = $3) AND ${window('p.created_at')}
                   ${newest(shape, 'p.created_at DESC, p.id DESC')}) c`,
    text: `(SELECT p.body FROM posts p WHERE p.id = h.id)`,
    markdown: true,
  },
  {
    kind: SearchKind.DOCUMENT,
    // Title, description and the current version's extracted text (see the library's text extraction).
    sql: (shape) => `SELECT 'DOCUMENT', c.id, c.network_id, c.title, ${rank(shape, 'documents')}, c.created_at, NULL::uuid, NULL::int
            FROM (SELECT d.id, d.network_id, d.title, d.created_at FROM documents d
                   WHERE d.search_vector @@ ${Q} AND d.deleted_at IS NULL AND d.space_id IN (SELECT space_id FROM readable)
                     AND ($3::uuid IS NULL OR d.network_id = $3) AND ${window('d.created_at')}
                   ${newest(shape, 'd.created_at DESC, d.id DESC')}) c`,
    // The headline reads at most the first 50,000 characters of the text (it costs time in proportion).
    text: `(SELECT d.description || ' ' || coalesce(left((SELECT v.text FROM document_versions v WHERE v.document_id = d.id ORDER BY v.number DESC LIMIT 1), 50000), '')
              FROM documents d WHERE d.id = h.id)`,
  },
  {
    kind: SearchKind.EVENT,
    sql: (shape) => `SELECT 'EVENT', c.id, c.network_id, c.title, ${rank(shape, 'events')}, c.starts_at, NULL::uuid, NULL::int
            FROM (SELECT e.id, e.network_id, e.title, e.starts_at FROM events e
                   WHERE e.search_vector @@ ${Q} AND e.space_id IN (SELECT space_id FROM readable)
                     AND (e.visibility = 'PUBLIC' OR e.space_id IN (SELECT space_id FROM joined))
                     AND ($3::uuid IS NULL OR e.network_id = $3) AND ${window('e.starts_at')}
                   ${newest(shape, 'e.starts_at DESC, e.id DESC')}) c`,
    text: `(SELECT e.description || E'\\n\\n' || e.location FROM events e WHERE e.id = h.id)`,
    markdown: true,
  },
  {
    kind: SearchKind.ORGANISATION,
    // An organisation is found through a network directory the caller may read.
    sql: (shape) => `SELECT 'ORGANISATION', c.id, c.network_id, c.name, ${rank(shape, 'organisations')}, c.created_at, NULL::uuid, NULL::int
            FROM (SELECT o.id, x.network_id, o.name, o.created_at FROM organisations o,
                         LATERAL (SELECT min(l.network_id::text)::uuid AS network_id FROM network_organisations l
                                   WHERE l.organisation_id = o.id AND l.network_id IN (SELECT space_id FROM readable)
                                     AND ($3::uuid IS NULL OR l.network_id = $3)) x
                   WHERE o.search_vector @@ ${Q} AND x.network_id IS NOT NULL AND ${window('o.created_at')}
                   ${newest(shape, 'o.created_at DESC, o.id DESC')}) c`,
    text: `(SELECT o.description FROM organisations o WHERE o.id = h.id)`,
  },
];

const queryText = (args: SearchFilterArgs) => args.query.normalize('NFKC').trim();

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
  /** The highlighted extract (when the text is plain; for Markdown once `highlight` has run). */
  plain: string | null;
  /** The snippet's source text when it is Markdown. */
  markdown: string | null;
}

/**
 * Search across threads, posts, documents, events and organisations with
 * PostgreSQL full-text search. Who may read what is decided inside the SQL (the
 * same rules as everywhere else, from the space access policies), so paging and
 * counts are right and no snippet comes from something the caller may not read.
 * Posts and threads held for a coordinator's approval are found by nobody, not even
 * their authors, until published.
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: SpaceAccessService,
  ) {}

  async search(caller: Caller | null, args: SearchArgs): Promise<SearchHit[]> {
    const { params, hits, sources } = await this.prepare(caller, args, { ranked: true, limit: '$6' });
    const first = args.first ?? DEFAULT_FIRST;
    const offset = args.offset ?? 0;
    params.push(Math.max(SEARCH_CANDIDATES, offset + first), first, offset);
    const texts = (markdown: boolean) =>
      sources.filter((s) => !!s.markdown === markdown).map((s) => `WHEN '${s.kind}' THEN ${s.text}`).join(' ') || `WHEN NULL THEN NULL`;
    // Plain texts are highlighted here; Markdown ones (a page's worth) are returned as written,
    // made plain text below and highlighted in one more statement, so no snippet shows markup.
    const rows: HitRow[] = await this.db.query(
      `${hits},
       page AS (SELECT * FROM hits ORDER BY rank DESC, at DESC, id LIMIT $7 OFFSET $8)
       SELECT h.kind, h.id, h.network_id, n.slug, h.title, h.rank, h.at, h.thread_id, h.position,
              ${headline(`CASE h.kind ${texts(false)} END`)} AS plain, left(CASE h.kind ${texts(true)} END, 50000) AS markdown
         FROM page h JOIN networks n ON n.id = h.network_id
        ORDER BY h.rank DESC, h.at DESC, h.id`,
      params,
    );
    await this.highlight(rows, queryText(args));
    return rows.map((r) =>
      Object.assign(new SearchHit(), {
        kind: r.kind,
        id: r.id,
        title: r.title,
        snippet: (r.plain ?? '').replace(/\s+/g, ' ').trim(),
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
    // Every match counts here, so nothing is ranked.
    const { params, hits, sources } = await this.prepare(caller, args, { ranked: false, limit: null });
    const rows: { kind: SearchKind; count: number }[] = await this.db.query(`${hits} SELECT kind, count(*)::int AS count FROM hits GROUP BY kind`, params);
    const byKind = new Map(rows.map((r) => [r.kind, r.count]));
    return sources.map((s) => Object.assign(new SearchKindCount(), { kind: s.kind, count: byKind.get(s.kind) ?? 0 }));
  }

  /** The highlighted extracts of the rows whose text is Markdown, from its plain text: one statement for the page. */
  private async highlight(rows: HitRow[], query: string): Promise<void> {
    const marked = rows.filter((r) => r.markdown !== null);
    if (!marked.length) return;
    const snippets: { snippet: string }[] = await this.db.query(
      `SELECT ${headline('u.t')} AS snippet FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i) ORDER BY u.i`,
      [marked.map((r) => plainTextFromMarkdown(r.markdown!)), query],
    );
    marked.forEach((row, index) => (row.plain = snippets[index]?.snippet ?? ''));
  }

  private async prepare(caller: Caller | null, args: SearchFilterArgs, shape: Shape) {
    const query = queryText(args);
    if (!query) throw badInput('Type something to search for', [{ field: 'query', message: 'must not be empty' }]);
    if (args.from && args.to && args.to <= args.from) throw badInput('"to" must be after "from"', [{ field: 'to', message: 'before from' }]);
    let networkId: string | null = null;
    if (args.networkSlug) {
      const [network]: { id: string }[] = await this.db.query('SELECT id FROM networks WHERE slug = $1', [args.networkSlug]);
      if (!network || !(await this.access.can(caller, SpacePermission.READ, network.id))) throw notFound('Network');
      networkId = network.id;
    }
    const kinds = args.kinds?.length ? new Set(args.kinds) : null;
    const sources = SOURCES.filter((s) => !kinds || kinds.has(s.kind));
    const hits = `WITH readable AS (${this.access.spacesSql(SpacePermission.READ, '$1::uuid')}),
      joined AS (${this.access.spacesSql(SpacePermission.WRITE, '$1::uuid')}),
      found (kind, id, network_id, title, rank, at, thread_id, position) AS (${sources.map((s) => s.sql(shape)).join(' UNION ALL ')}),
      -- One hit per thing: a thread found by its title and by its opening post keeps the better rank.
      hits AS (SELECT DISTINCT ON (kind, id) * FROM found ORDER BY kind, id, rank DESC)`;
    return { hits, sources, params: [callerIdOrNone(caller), query, networkId, args.from ?? null, args.to ?? null] as unknown[] };
  }
}
