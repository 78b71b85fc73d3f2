import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { describeError, type SearchKind } from '@community-hub/web-graphql';
import { networksQuery } from '@community-hub/web-networks';
import { Badge, Button, EmptyState, ErrorAlert, ListPageState, LoadMoreItem, SelectField, TextField, useDocumentTitle, useFocusWhenLoaded } from '@community-hub/web-ui';
import {
  filtersFromParams,
  formatHitDate,
  KIND_ORDER,
  KIND_PLURALS,
  KIND_SINGULARS,
  pluralResults,
  searchPagePath,
  searchWindow,
  type SearchFilters,
} from './search-shared';
import { searchCountsQuery, searchQuery } from './search.documents';
import { BlockedContent } from '@community-hub/web-moderation';
import { Snippet } from './snippet';
import './search.css';

export const SEARCH_PAGE_SIZE = 20;
/** The API skips at most this many hits. */
const MAX_OFFSET = 1000;

const MESSAGES = {
  NOT_FOUND: 'There is no network at that address, or it is private and you are not a member.',
};

/**
 * /search?q=…&network=…&kind=…&from=…&to=…: every filter lives in the URL, so
 * a search can be shared and Back returns to the previous one.
 */
export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = filtersFromParams(params);
  const q = filters.q.trim();
  useDocumentTitle(q ? `Search: ${q}` : 'Search');

  return (
    <div className="stack-large search-page">
      <h1>Search</h1>
      {/* Keyed by the URL so Back and Forward put the URL's values back into the fields. */}
      <SearchForm key={params.toString()} filters={filters} onSearch={(next) => navigate(searchPagePath(next))} />
      {q ? (
        <SearchResults filters={{ ...filters, q }} />
      ) : (
        <p className="hint">Type what you are looking for: discussions, documents, events and organisations you can see.</p>
      )}
    </div>
  );
}

function SearchForm({ filters, onSearch }: { filters: Required<SearchFilters>; onSearch(filters: SearchFilters): void }) {
  const [{ data: networksData }] = useQuery({ query: networksQuery });
  const networks = networksData?.networks ?? [];
  const [errors, setErrors] = useState<{ q?: string; to?: string }>({});

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const next: SearchFilters = { q: value('q'), network: value('network') || null, kind: filters.kind, from: value('from') || null, to: value('to') || null };
    const problems = {
      q: next.q ? undefined : 'Type something to search for.',
      to: next.from && next.to && next.to < next.from ? 'The “To” date must be on or after the “From” date.' : undefined,
    };
    setErrors(problems);
    if (!problems.q && !problems.to) onSearch(next);
  }

  return (
    <form role="search" aria-label="Search filters" className="filters search-form" onSubmit={onSubmit} noValidate>
      <div className="field-search">
        <TextField
          label="Search for"
          name="q"
          type="search"
          defaultValue={filters.q}
          maxLength={200}
          hint={'Use "quotes" for a phrase, OR for either word, and -word to leave a word out.'}
          error={errors.q}
        />
      </div>
      <SelectField label="Network" name="network" defaultValue={filters.network ?? ''}>
        <option value="">All networks</option>
        {filters.network && !networks.some((network) => network.slug === filters.network) ? (
          <option value={filters.network}>{filters.network}</option>
        ) : null}
        {networks.map((network) => (
          <option key={network.id} value={network.slug}>
            {network.name}
          </option>
        ))}
      </SelectField>
      <TextField label="From" name="from" type="date" defaultValue={filters.from ?? ''} />
      <TextField label="To" name="to" type="date" defaultValue={filters.to ?? ''} error={errors.to} />
      <div className="actions">
        <Button type="submit" variant="primary">
          Search
        </Button>
      </div>
    </form>
  );
}

type ActiveFilters = Required<SearchFilters>;

function SearchResults({ filters }: { filters: ActiveFilters }) {
  const range = searchWindow(filters);
  const base = { query: filters.q, networkSlug: filters.network, from: range.from, to: range.to };
  const [{ data: countsData, error: countsError }] = useQuery({ query: searchCountsQuery, variables: base });
  const filterKey = JSON.stringify(filters);
  const [pages, setPages] = useState<{ key: string; offsets: number[] }>({ key: filterKey, offsets: [0] });
  const offsets = pages.key === filterKey ? pages.offsets : [0];
  const counts = countsData?.searchCounts;
  const countOf = (kind: SearchKind) => counts?.find((count) => count.kind === kind)?.count ?? 0;
  const allCount = counts?.reduce((sum, count) => sum + count.count, 0) ?? null;
  const total = counts && filters.kind ? countOf(filters.kind) : allCount;
  const problem = describeError(countsError, MESSAGES);

  function loadMore(offset: number) {
    setPages({ key: filterKey, offsets: [...offsets, offset] });
  }

  return (
    <section aria-labelledby="results-heading" className="stack">
      <h2 id="results-heading" className="visually-hidden">
        Results
      </h2>
      <nav aria-label="Kinds of result" className="search-kinds">
        <ul>
          <li>
            <Link to={searchPagePath({ ...filters, kind: null })} aria-current={filters.kind ? undefined : 'page'}>
              All{counts ? ` (${allCount})` : ''}
            </Link>
          </li>
          {KIND_ORDER.map((kind) => (
            <li key={kind}>
              <Link to={searchPagePath({ ...filters, kind })} aria-current={filters.kind === kind ? 'page' : undefined}>
                {KIND_PLURALS[kind]}
                {counts ? ` (${countOf(kind)})` : ''}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p aria-live="polite" className="search-summary">
        {total === null ? (problem ? '' : 'Searching…') : summary(filters, total)}
      </p>
      {problem ? (
        <ErrorAlert>{problem.message}</ErrorAlert>
      ) : (
        <ol className="row-list search-results" aria-labelledby="results-heading">
          {offsets.map((offset, index) => (
            <ResultsChunk
              key={`${filterKey}:${offset}`}
              filters={filters}
              offset={offset}
              first={index === 0}
              last={index === offsets.length - 1}
              total={total}
              onLoadMore={loadMore}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function summary(filters: ActiveFilters, total: number): string {
  const where = filters.kind ? ` in ${KIND_PLURALS[filters.kind].toLowerCase()}` : '';
  return `${pluralResults(total)} for “${filters.q}”${where}`;
}

interface ChunkProps {
  filters: ActiveFilters;
  offset: number;
  first: boolean;
  last: boolean;
  total: number | null;
  onLoadMore(offset: number): void;
}

/** One page of hits; "Load more" asks for the next with a larger offset. */
function ResultsChunk({ filters, offset, first, last, total, onLoadMore }: ChunkProps) {
  const range = searchWindow(filters);
  const [{ data, fetching, error }] = useQuery({
    query: searchQuery,
    variables: {
      query: filters.q,
      networkSlug: filters.network,
      kinds: filters.kind ? [filters.kind] : null,
      from: range.from,
      to: range.to,
      first: SEARCH_PAGE_SIZE,
      offset,
    },
  });
  const focusRef = useFocusWhenLoaded<HTMLAnchorElement>(!first, !!data);
  const problem = describeError(error, MESSAGES);

  if ((fetching && !data) || problem) return <ListPageState loading={fetching && !data} problem={problem} label="Searching…" />;
  const hits = data?.search ?? [];
  const next = offset + SEARCH_PAGE_SIZE;
  const more = last && hits.length === SEARCH_PAGE_SIZE && (total === null || next < total);
  return (
    <>
      {first && !hits.length ? (
        <li className="row-plain stack-small">
          <EmptyState>Nothing found for “{filters.q}”.</EmptyState>
          <p className="hint">
            Try fewer or different words
            {filters.kind || filters.network || filters.from || filters.to ? (
              <>
                , or <Link to={searchPagePath({ q: filters.q })}>search everything</Link>
              </>
            ) : null}
            .
          </p>
        </li>
      ) : null}
      {hits.map((hit, index) => (
        <li key={`${hit.kind}:${hit.id}`} className="row search-result">
          <div className="row-main stack-small">
            <h3 className="search-result-title">
              <Link to={hit.path} ref={index === 0 ? focusRef : undefined}>
                {hit.title}
              </Link>
            </h3>
            <p className="badges">
              <Badge tone="info">{KIND_SINGULARS[hit.kind]}</Badge>
            </p>
            <BlockedContent blocked={hit.authorBlocked} what={hit.kind === 'THREAD' ? 'Thread' : 'Post'}>
              <Snippet text={hit.snippet} />
            </BlockedContent>
            <p className="muted small">
              {hit.network.name}
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              {hit.kind === 'EVENT' ? 'starts ' : ''}
              <time dateTime={hit.at}>{formatHitDate(hit.at, hit.kind === 'EVENT')}</time>
            </p>
          </div>
        </li>
      ))}
      {more && next <= MAX_OFFSET ? <LoadMoreItem onLoadMore={() => onLoadMore(next)} /> : null}
      {more && next > MAX_OFFSET ? (
        <li className="row-plain">
          <p className="hint">There are more results: add words or filters to narrow the search.</p>
        </li>
      ) : null}
    </>
  );
}
