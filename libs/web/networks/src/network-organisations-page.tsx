import { useState } from 'react';
import { useQuery } from 'urql';
import { describeError, type OrganisationKind } from '@community-hub/web-graphql';
import { EmptyState, ErrorAlert, Loading, NextPageItem, PAGE_SIZE, SelectField, TextField, useDebouncedValue, useDocumentTitle, useFocusWhenLoaded, usePageCursors } from '@community-hub/web-ui';
import { KIND_LABELS, KINDS } from './labels';
import { useNetworkContext } from './network-context';
import { organisationsQuery } from './networks.documents';
import { OrganisationCard } from './organisation-card';

export const SEARCH_DEBOUNCE_MS = 300;
const ORGANISATION_CONTEXT = { additionalTypenames: ['Organisation'] };

/** /n/:slug/organisations: the network's directory of organisations. */
export function NetworkOrganisationsPage() {
  const { network } = useNetworkContext();
  useDocumentTitle(`Organisations · ${network.name}`);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const { cursors, loadMore } = usePageCursors(`${query}\u0000${kind}`);

  return (
    <section aria-labelledby="organisations-heading" className="stack">
      <h2 id="organisations-heading">Organisations</h2>
      <form className="filters" role="search" aria-label="Organisations" onSubmit={(event) => event.preventDefault()}>
        <TextField label="Search organisations" type="search" value={text} onChange={(event) => setText(event.target.value)} />
        <SelectField label="Kind" value={kind} onChange={(event) => setKind(event.target.value as OrganisationKind | '')}>
          <option value="">All kinds</option>
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {KIND_LABELS[value]}
            </option>
          ))}
        </SelectField>
      </form>
      <ul className="card-list organisations">
        {cursors.map((after, index) => (
          <OrganisationsChunk
            key={`${query}:${kind}:${after ?? ''}`}
            slug={network.slug}
            query={query}
            kind={kind || null}
            after={after}
            first={index === 0}
            last={index === cursors.length - 1}
            onLoadMore={loadMore}
          />
        ))}
      </ul>
    </section>
  );
}

interface ChunkProps {
  slug: string;
  query: string;
  kind: OrganisationKind | null;
  after: string | null;
  first: boolean;
  last: boolean;
  onLoadMore(endCursor: string): void;
}

function OrganisationsChunk({ slug, query, kind, after, first, last, onLoadMore }: ChunkProps) {
  const [{ data, fetching, error }] = useQuery({
    query: organisationsQuery,
    variables: { slug, query: query || null, kind, first: PAGE_SIZE, after },
    context: ORGANISATION_CONTEXT,
  });
  const page = data?.network?.organisations;
  const focusRef = useFocusWhenLoaded<HTMLLIElement>(!first, !!page);

  if (fetching && !data) {
    return (
      <li className="row-plain">
        <Loading label="Loading organisations…" />
      </li>
    );
  }
  if (error && !data) {
    return (
      <li className="row-plain">
        <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
      </li>
    );
  }
  if (!page) return null;
  return (
    <>
      {first ? (
        <li className="row-plain muted small" aria-live="polite">
          {page.totalCount === 0
            ? null
            : `${page.totalCount} ${page.totalCount === 1 ? 'organisation' : 'organisations'}${query || kind ? ' found' : ''}`}
        </li>
      ) : null}
      {first && page.nodes.length === 0 ? (
        <li className="row-plain">
          <EmptyState>{query || kind ? 'No organisations match your search.' : 'No organisations are listed in this network yet.'}</EmptyState>
        </li>
      ) : null}
      {page.nodes.map((organisation, index) => (
        <li key={organisation.id} className="card" ref={index === 0 ? focusRef : undefined} tabIndex={index === 0 && !first ? -1 : undefined}>
          <OrganisationCard organisation={organisation} />
        </li>
      ))}
      {last ? <NextPageItem pageInfo={page.pageInfo} onLoadMore={onLoadMore} /> : null}
    </>
  );
}
