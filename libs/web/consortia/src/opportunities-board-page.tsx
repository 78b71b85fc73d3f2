import type { Ref } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError, type OpportunityStatus, type OpportunitySummaryFragment } from '@community-hub/web-graphql';
import { useNetworkContext } from '@community-hub/web-networks';
import { ButtonLink, EmptyState, ListPageState, LoadMoreItem, useDocumentTitle, useFocusWhenLoaded, usePageCursors } from '@community-hub/web-ui';
import { networkOpportunitiesQuery } from './consortia.documents';
import { formatPounds, formatUkDateTime, OpportunityStatusBadges, opportunitiesPath, opportunityPath } from './consortia-shared';
import { DeadlineReminders } from './deadline-reminders';
import './consortia.css';

export const OPPORTUNITIES_PAGE = 20;

export type BoardFilter = 'open' | 'closing-soon' | 'closed';

const FILTERS: Array<{ value: BoardFilter; label: string; status: OpportunityStatus }> = [
  { value: 'open', label: 'Open', status: 'OPEN' },
  // Closing soon is the start of the open list (soonest deadline first), flagged by the API.
  { value: 'closing-soon', label: 'Closing soon', status: 'OPEN' },
  { value: 'closed', label: 'Closed', status: 'CLOSED' },
];

function boardFilter(value: string | null): BoardFilter {
  return value === 'closing-soon' || value === 'closed' ? value : 'open';
}

/** Opportunity list queries must refetch after one is posted, even when they were empty. */
const OPPORTUNITIES_CONTEXT = { additionalTypenames: ['Opportunity'] };

/** /n/:slug/opportunities(?show=open|closing-soon|closed): the network's funding and contract opportunities. */
export function OpportunitiesBoardPage() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  const [params] = useSearchParams();
  const filter = boardFilter(params.get('show'));
  const current = FILTERS.find((item) => item.value === filter) ?? FILTERS[0];
  const { cursors, loadMore } = usePageCursors(filter);
  const member = !!user && (user.isPlatformAdmin || network.myMembership?.status === 'ACTIVE');
  useDocumentTitle(`${current.label} opportunities · ${network.name}`);

  return (
    <section aria-labelledby="opportunities-heading" className="stack">
      <div className="section-heading">
        <h2 id="opportunities-heading">Opportunities</h2>
        {member ? (
          <ButtonLink to={`${opportunitiesPath(network.slug)}/new`} variant="primary">
            Post an opportunity
          </ButtonLink>
        ) : null}
      </div>
      <p className="muted">Contracts and grant rounds to bid for together. Deadlines are in UK time.</p>
      {!user ? (
        <p className="hint">
          <Link to={signInPath(opportunitiesPath(network.slug))}>Sign in</Link> and join this network to post opportunities and express interest.
        </p>
      ) : null}
      {user ? <DeadlineReminders networkId={network.id} /> : null}
      <nav aria-label="Show opportunities" className="filter-links">
        <ul>
          {FILTERS.map((item) => (
            <li key={item.value}>
              <Link
                to={item.value === 'open' ? opportunitiesPath(network.slug) : `${opportunitiesPath(network.slug)}?show=${item.value}`}
                aria-current={item.value === filter ? 'page' : undefined}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ul className="row-list opportunity-list" aria-label={`${current.label} opportunities`}>
        {cursors.map((after, index) => (
          <OpportunityChunk
            key={`${filter}:${after ?? ''}`}
            slug={network.slug}
            filter={filter}
            status={current.status}
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

const EMPTY: Record<BoardFilter, string> = {
  open: 'No open opportunities yet.',
  'closing-soon': 'Nothing is closing in the next 7 days.',
  closed: 'No closed opportunities.',
};

function OpportunityChunk({
  slug,
  filter,
  status,
  after,
  first,
  last,
  onLoadMore,
}: {
  slug: string;
  filter: BoardFilter;
  status: OpportunityStatus;
  after: string | null;
  first: boolean;
  last: boolean;
  onLoadMore(endCursor: string): void;
}) {
  const [{ data, fetching, error }] = useQuery({
    query: networkOpportunitiesQuery,
    variables: { slug, status, first: OPPORTUNITIES_PAGE, after },
    context: OPPORTUNITIES_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const focusRef = useFocusWhenLoaded<HTMLAnchorElement>(!first, !!data);
  const page = data?.network?.opportunities;
  const problem = describeError(error);
  if ((fetching && !data) || problem) return <ListPageState loading={fetching && !data} problem={problem} label="Loading opportunities…" />;
  if (!page) return null;
  const closingSoonOnly = filter === 'closing-soon';
  const shown = closingSoonOnly ? page.nodes.filter((opportunity) => opportunity.closingSoon) : page.nodes;
  // Past the last one closing soon, later pages cannot hold any more.
  const more = page.pageInfo.hasNextPage && !!page.pageInfo.endCursor && (!closingSoonOnly || shown.length === page.nodes.length);
  return (
    <>
      {first && !shown.length ? (
        <li className="row-plain">
          <EmptyState>{EMPTY[filter]}</EmptyState>
        </li>
      ) : null}
      {shown.map((opportunity, index) => (
        <OpportunityRow key={opportunity.id} slug={slug} opportunity={opportunity} focusRef={index === 0 ? focusRef : undefined} />
      ))}
      {last && more ? <LoadMoreItem onLoadMore={() => onLoadMore(page.pageInfo.endCursor as string)} /> : null}
    </>
  );
}

export function OpportunityRow({
  slug,
  opportunity,
  focusRef,
}: {
  slug: string;
  opportunity: OpportunitySummaryFragment;
  focusRef?: Ref<HTMLAnchorElement>;
}) {
  return (
    <li className="row">
      <div className="row-main stack-small">
        <h3 className="thread-title">
          <Link to={opportunityPath(slug, opportunity.id)} ref={focusRef}>
            {opportunity.title}
          </Link>
        </h3>
        <OpportunityStatusBadges opportunity={opportunity} />
        <p className="muted small">
          {opportunity.funder}
          {opportunity.value != null ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              {formatPounds(opportunity.value)}
            </>
          ) : null}
        </p>
        <p className="small">
          {opportunity.status === 'CLOSED' ? 'Closed' : 'Submission deadline'}:{' '}
          <time dateTime={opportunity.deadline}>{formatUkDateTime(opportunity.deadline)}</time> (UK time)
        </p>
        {opportunity.serviceTags.length ? (
          <ul className="tag-list" aria-label="Services">
            {opportunity.serviceTags.map((tag) => (
              <li key={tag}>
                <span className="tag">{tag}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
