import { useCallback, useMemo, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { signInPath, useSession } from '@community-hub/web-accounts';
import { describeError } from '@community-hub/web-graphql';
import { ErrorAlert, Loading, useDocumentTitle } from '@community-hub/web-ui';
import { consortiumQuery, myRepresentedOrganisationsQuery } from './consortia.documents';
import { CONSORTIUM_CONTEXT, type ConsortiumOutletContext } from './consortium-context';
import { ConsortiumStatusBadge, consortiumPath, opportunitiesPath, opportunityPath } from './consortia-shared';
import './consortia.css';

/** The organisations someone represents change when they create one or are added. */
const ORGANISATIONS_CONTEXT = { additionalTypenames: ['Organisation'] };

/** /n/:slug/c/:consortiumId and its tabs (overview, agreement, threads, library). */
export function ConsortiumPage() {
  const { consortiumId = '' } = useParams();
  const { user } = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: consortiumQuery, variables: { id: consortiumId }, context: CONSORTIUM_CONTEXT });
  const [{ data: mine, fetching: loadingMine }] = useQuery({
    query: myRepresentedOrganisationsQuery,
    pause: !user,
    context: ORGANISATIONS_CONTEXT,
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const consortium = data?.consortium ?? null;
  const outlet = useMemo<ConsortiumOutletContext | null>(() => {
    if (!consortium) return null;
    const myIds = new Set((mine?.myOrganisations ?? []).map((organisation) => organisation.id));
    return {
      consortium,
      isLead: myIds.has(consortium.lead.id),
      myMembers: consortium.members.filter((member) => member.status === 'ACCEPTED' && myIds.has(member.organisation.id)),
      refresh,
    };
  }, [consortium, mine, refresh]);

  if ((fetching && !data) || (user && loadingMine && !mine)) return <Loading label="Loading consortium…" />;
  if (!consortium || !outlet) {
    const problem = describeError(error);
    return <ConsortiumNotFound message={problem && problem.code !== 'NOT_FOUND' && problem.code !== 'UNAUTHENTICATED' ? problem.message : undefined} />;
  }

  const slug = consortium.network.slug;
  const base = consortiumPath(slug, consortium.id);
  return (
    <ConsortiumTitle name={consortium.name}>
      <div className="stack-large">
        <div className="page-heading stack-small">
          <nav aria-label="Breadcrumb" className="eyebrow">
            <Link to={`/n/${slug}`}>{consortium.network.name}</Link> <span aria-hidden="true">›</span>{' '}
            <Link to={opportunitiesPath(slug)}>Opportunities</Link> <span aria-hidden="true">›</span>{' '}
            <Link to={opportunityPath(slug, consortium.opportunity.id)}>{consortium.opportunity.title}</Link>
          </nav>
          <h1>{consortium.name}</h1>
          <p className="badges">
            <ConsortiumStatusBadge status={consortium.status} />
          </p>
          <p className="private-note">
            <strong>Private to consortium members.</strong> Only representatives of the member organisations can see this consortium, its
            agreement, threads and documents.
          </p>
        </div>
        <nav aria-label="Consortium sections" className="tabs">
          <NavLink to={base} end>
            Overview
          </NavLink>
          <NavLink to={`${base}/agreement`}>Agreement</NavLink>
          <NavLink to={`${base}/threads`}>Threads</NavLink>
          <NavLink to={`${base}/library`}>Library</NavLink>
        </nav>
        <Outlet context={outlet} />
      </div>
    </ConsortiumTitle>
  );
}

function ConsortiumTitle({ name, children }: { name: string; children: ReactNode }) {
  useDocumentTitle(name);
  return <>{children}</>;
}

/** The same page whether it does not exist or the person may not see it: its existence stays private. */
export function ConsortiumNotFound({ message }: { message?: string }) {
  const { slug = '' } = useParams();
  const { user } = useSession();
  const location = useLocation();
  const heading = message ? 'We could not load this consortium' : 'Consortium not found';
  useDocumentTitle(heading);
  return (
    <div className="narrow stack">
      <h1>{heading}</h1>
      <ErrorAlert>{message}</ErrorAlert>
      {message ? null : (
        <p>
          This consortium does not exist, or you do not have access to it. Consortia are private to the representatives of their member
          organisations.
        </p>
      )}
      {!user ? (
        <p>
          <Link to={signInPath(location.pathname)}>Sign in</Link> if you represent a member organisation.
        </p>
      ) : null}
      <p>{slug ? <Link to={opportunitiesPath(slug)}>See the network’s opportunities</Link> : <Link to="/">See all networks</Link>}</p>
    </div>
  );
}
