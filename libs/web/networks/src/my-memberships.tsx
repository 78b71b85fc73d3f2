import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Badge, EmptyState, ErrorAlert, Loading } from '@community-hub/web-ui';
import { ROLE_LABELS, STATUS_LABELS } from './labels';
import { MEMBERSHIP_CONTEXT } from './network-context';
import { myMembershipsQuery } from './networks.documents';

/** The networks I belong to or have asked to join, for "My profile". */
export function MyMemberships() {
  const [{ data, fetching, error }] = useQuery({ query: myMembershipsQuery, context: MEMBERSHIP_CONTEXT });
  const memberships = data?.myMemberships ?? [];
  return (
    <section aria-labelledby="my-networks-heading" className="panel">
      <h2 id="my-networks-heading">My networks</h2>
      {fetching && !data ? <Loading /> : null}
      <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
      {data && !memberships.length ? (
        <EmptyState>
          You have not joined any networks yet. <Link to="/">Find a network</Link>
        </EmptyState>
      ) : null}
      {memberships.length ? (
        <ul className="row-list">
          {memberships.map((membership) => (
            <li key={membership.id} className="row">
              <div className="row-main">
                <Link to={`/n/${membership.network.slug}`}>{membership.network.name}</Link>
                <div className="muted small">
                  {ROLE_LABELS[membership.role]}
                  {membership.organisation ? ` for ${membership.organisation.name}` : ''}
                </div>
              </div>
              <Badge tone={membership.status === 'ACTIVE' ? 'success' : membership.status === 'PENDING' ? 'warning' : 'danger'}>
                {/* The role line already says "Member": the badge says the state ("Active"), not the same word again. */}
                {membership.status === 'ACTIVE' ? 'Active' : STATUS_LABELS[membership.status]}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
