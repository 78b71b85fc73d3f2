import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError, type ConsortiumRole, type InterestFieldsFragment, type OpportunityQuery } from '@community-hub/web-graphql';
import { Badge, Button, EmptyState, ErrorAlert, ExternalLink, ListPageState, Loading, MarkdownText, NextPageItem, SelectField, TextField, useDocumentTitle, usePageCursors, preloadMarkdown } from '@community-hub/web-ui';
import { myRepresentedOrganisationsQuery, opportunityInterestsQuery, opportunityQuery, withdrawInterestMutation } from './consortia.documents';
import {
  ConsortiumStatusBadge,
  consortiumPath,
  DeadlineFacts,
  formatPounds,
  OpportunityStatusBadges,
  opportunitiesPath,
  plural,
  ROLE_LABELS,
  ROLES,
} from './consortia-shared';
import { ExpressInterestForm } from './express-interest-form';
import { FormConsortiumForm } from './form-consortium-form';
import './consortia.css';

/** The organisations someone represents change when they create one or are added. */
const ORGANISATIONS_CONTEXT = { additionalTypenames: ['Organisation'] };

export const INTERESTS_PAGE = 20;

type OpportunityDetails = NonNullable<OpportunityQuery['opportunity']>;

const INTEREST_CONTEXT = { additionalTypenames: ['Interest'] };
const CONSORTIUM_CONTEXT = { additionalTypenames: ['Consortium'] };

/** /n/:slug/o/:opportunityId */
export function OpportunityPage() {
  // The text is Markdown: its renderer loads while the data does.
  preloadMarkdown();
  const { slug = '', opportunityId = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: opportunityQuery, variables: { id: opportunityId }, context: CONSORTIUM_CONTEXT });
  const opportunity = data?.opportunity ?? null;
  const problem = describeError(error);
  useDocumentTitle(opportunity ? `${opportunity.title} · ${opportunity.network.name}` : fetching ? 'Loading…' : 'Opportunity not found');
  if (fetching && !data) return <Loading label="Loading opportunity…" />;
  if (!opportunity) {
    const notFound = !problem || problem.code === 'NOT_FOUND';
    return (
      <div className="stack">
        <h1>{notFound ? 'Opportunity not found' : 'We could not load this opportunity'}</h1>
        {notFound ? <p>There is no opportunity at this address, or it is in a private network you are not a member of.</p> : <ErrorAlert>{problem?.message}</ErrorAlert>}
        <p>
          <Link to={opportunitiesPath(slug)}>See the network’s opportunities</Link>
        </p>
      </div>
    );
  }
  return <OpportunityView opportunity={opportunity} />;
}

function OpportunityView({ opportunity }: { opportunity: OpportunityDetails }) {
  const { user } = useSession();
  const network = opportunity.network;
  const member = !!user && (user.isPlatformAdmin || network.myMembership?.status === 'ACTIVE');
  // Only organisations in this network's directory (a coordinator may represent dozens across networks).
  const [{ data: mine }] = useQuery({ query: myRepresentedOrganisationsQuery, variables: { networkId: network.id }, pause: !user, context: ORGANISATIONS_CONTEXT });
  const organisations = mine?.myOrganisations ?? [];
  const open = opportunity.status === 'OPEN';

  return (
    <article className="stack-large" aria-labelledby="opportunity-title">
      <div className="page-heading stack-small">
        <nav aria-label="Breadcrumb" className="eyebrow">
          <Link to="/">Networks</Link> <span aria-hidden="true">›</span> <Link to={`/n/${network.slug}`}>{network.name}</Link>{' '}
          <span aria-hidden="true">›</span> <Link to={opportunitiesPath(network.slug)}>Opportunities</Link>
        </nav>
        <h1 id="opportunity-title">{opportunity.title}</h1>
        <OpportunityStatusBadges opportunity={opportunity} />
      </div>
      <dl className="facts">
        <div>
          <dt>Funder or commissioner</dt>
          <dd>{opportunity.funder}</dd>
        </div>
        {opportunity.value != null ? (
          <div>
            <dt>Value</dt>
            <dd>{formatPounds(opportunity.value)}</dd>
          </div>
        ) : null}
        {opportunity.url ? (
          <div>
            <dt>Published at</dt>
            <dd>
              <ExternalLink href={opportunity.url} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Posted by</dt>
          <dd>{opportunity.postedBy.name}</dd>
        </div>
      </dl>
      <section aria-labelledby="deadlines-heading" className="stack-small">
        <h2 id="deadlines-heading">Deadlines</h2>
        <DeadlineFacts opportunity={opportunity} />
      </section>
      {opportunity.description.trim() ? (
        <section aria-labelledby="description-heading" className="stack-small">
          <h2 id="description-heading">Description</h2>
          <MarkdownText source={opportunity.description} headingLevel={3} />
        </section>
      ) : null}
      <ListFacts opportunity={opportunity} />

      {opportunity.myConsortia.length ? (
        <section aria-labelledby="my-consortia-heading" className="panel stack-small">
          <h2 id="my-consortia-heading">Your consortia for this opportunity</h2>
          <ul className="plain-list stack-small">
            {opportunity.myConsortia.map((consortium) => (
              <li key={consortium.id}>
                <Link to={consortiumPath(network.slug, consortium.id)}>{consortium.name}</Link> <ConsortiumStatusBadge status={consortium.status} />{' '}
                <span className="muted small">led by {consortium.lead.name}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!user ? (
        <p className="hint">
          <Link to={signInPath(`/n/${network.slug}/o/${opportunity.id}`)}>Sign in</Link> to express interest or form a consortium.
        </p>
      ) : !member ? (
        <p className="hint">
          Only members of {network.name} can express interest. <Link to={`/n/${network.slug}`}>Join this network</Link> to take part.
        </p>
      ) : !open ? (
        <p className="hint">This opportunity has closed: interest and new consortia are no longer taken.</p>
      ) : !organisations.length ? (
        <p className="hint">
          You can express interest or form a consortium for an organisation you represent. <Link to="/me">Add your organisation</Link> first.
        </p>
      ) : (
        <div className="stack-large">
          <section className="panel" aria-label="Express interest">
            <ExpressInterestForm opportunityId={opportunity.id} organisations={organisations} lots={opportunity.lots} />
          </section>
          <section className="panel" aria-label="Form a consortium">
            <FormConsortiumForm opportunityId={opportunity.id} slug={network.slug} organisations={organisations} />
          </section>
        </div>
      )}

      <InterestedOrganisations opportunityId={opportunity.id} myOrganisationIds={organisations.map((organisation) => organisation.id)} />
    </article>
  );
}

function ListFacts({ opportunity }: { opportunity: OpportunityDetails }) {
  const lists: Array<[string, readonly string[]]> = [
    ['Lots', opportunity.lots],
    ['Services asked for', opportunity.serviceTags],
    ['Areas', opportunity.areas],
  ];
  const shown = lists.filter(([, items]) => items.length);
  if (!shown.length) return null;
  return (
    <dl className="facts">
      {shown.map(([label, items]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{items.join(', ')}</dd>
        </div>
      ))}
    </dl>
  );
}

interface InterestFilters {
  role: ConsortiumRole | null;
  area: string | null;
  service: string | null;
}

/** Partner matching: who is interested, filtered by role, area and service (by the API). */
function InterestedOrganisations({ opportunityId, myOrganisationIds }: { opportunityId: string; myOrganisationIds: readonly string[] }) {
  const [filters, setFilters] = useState<InterestFilters>({ role: null, area: null, service: null });
  const [role, setRole] = useState('');
  const [area, setArea] = useState('');
  const [service, setService] = useState('');
  const key = `${filters.role ?? ''}|${filters.area ?? ''}|${filters.service ?? ''}`;
  const { cursors, loadMore } = usePageCursors(key);
  const [withdrawn, setWithdrawn] = useState('');

  function onFilter(event: FormEvent) {
    event.preventDefault();
    setFilters({ role: (role || null) as ConsortiumRole | null, area: area.trim() || null, service: service.trim() || null });
  }

  return (
    <section aria-labelledby="interests-heading" className="stack">
      <h2 id="interests-heading">Interested organisations</h2>
      <form role="search" aria-label="Filter interested organisations" className="filters" onSubmit={onFilter}>
        <SelectField label="Role sought" value={role} onChange={(e) => setRole(e.target.value)}>
          <option value="">Any role</option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <TextField label="Area" value={area} onChange={(e) => setArea(e.target.value)} maxLength={100} />
        <TextField label="Service" value={service} onChange={(e) => setService(e.target.value)} maxLength={100} />
        <Button type="submit" variant="secondary" size="small">
          Filter
        </Button>
      </form>
      <p className="visually-hidden" aria-live="polite">
        {withdrawn}
      </p>
      <ul className="row-list" aria-labelledby="interests-heading">
        {cursors.map((after, index) => (
          <InterestChunk
            key={`${key}:${after ?? ''}`}
            opportunityId={opportunityId}
            filters={filters}
            after={after}
            first={index === 0}
            last={index === cursors.length - 1}
            myOrganisationIds={myOrganisationIds}
            onLoadMore={loadMore}
            onWithdrawn={(name) => setWithdrawn(`Interest withdrawn for ${name}.`)}
          />
        ))}
      </ul>
    </section>
  );
}

function InterestChunk({
  opportunityId,
  filters,
  after,
  first,
  last,
  myOrganisationIds,
  onLoadMore,
  onWithdrawn,
}: {
  opportunityId: string;
  filters: InterestFilters;
  after: string | null;
  first: boolean;
  last: boolean;
  myOrganisationIds: readonly string[];
  onLoadMore(endCursor: string): void;
  onWithdrawn(name: string): void;
}) {
  const [{ data, fetching, error }] = useQuery({
    query: opportunityInterestsQuery,
    variables: { id: opportunityId, ...filters, first: 20, after },
    context: INTEREST_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const page = data?.opportunity?.interests;
  const problem = describeError(error);
  if ((fetching && !data) || problem) return <ListPageState loading={fetching && !data} problem={problem} label="Loading interested organisations…" />;
  if (!page) return null;
  const filtered = filters.role || filters.area || filters.service;
  return (
    <>
      {first ? (
        <li className="row-plain">
          {page.nodes.length ? (
            <p className="muted small">{plural(page.totalCount, 'organisation')}</p>
          ) : (
            <EmptyState>{filtered ? 'No interested organisations match these filters.' : 'No organisations have expressed interest yet.'}</EmptyState>
          )}
        </li>
      ) : null}
      {page.nodes.map((interest) => (
        <InterestRow key={interest.id} interest={interest} mine={myOrganisationIds.includes(interest.organisation.id)} onWithdrawn={onWithdrawn} />
      ))}
      {last ? <NextPageItem pageInfo={page.pageInfo} onLoadMore={onLoadMore} /> : null}
    </>
  );
}

function InterestRow({ interest, mine, onWithdrawn }: { interest: InterestFieldsFragment; mine: boolean; onWithdrawn(name: string): void }) {
  const [state, withdraw] = useMutation(withdrawInterestMutation);
  const problem = describeError(state.error);
  const details: Array<[string, string]> = [
    ['Lots', interest.lots.join(', ')],
    ['Capabilities', interest.capabilities],
    ['Capacity', interest.capacity],
    ['Areas covered', interest.areas.join(', ')],
    ['Services offered', interest.services.join(', ')],
    ['Note', interest.note],
  ];
  return (
    <li className="row">
      <div className="row-main stack-small">
        <h3 className="thread-title">{interest.organisation.name}</h3>
        <p className="badges">
          <Badge tone="info">{ROLE_LABELS[interest.role]}</Badge>
        </p>
        <dl className="facts">
          {details
            .filter(([, value]) => value.trim())
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        <p className="muted small">Expressed by {interest.expressedBy.name}</p>
        <ErrorAlert>{problem?.message}</ErrorAlert>
      </div>
      {mine ? (
        <div className="row-actions">
          <Button
            variant="secondary" size="small"
            disabled={state.fetching}
            aria-label={`Withdraw interest for ${interest.organisation.name}`}
            onClick={async () => {
              const result = await withdraw({ interestId: interest.id }, INTEREST_CONTEXT);
              if (!result.error) onWithdrawn(interest.organisation.name);
            }}
          >
            Withdraw
          </Button>
        </div>
      ) : null}
    </li>
  );
}
