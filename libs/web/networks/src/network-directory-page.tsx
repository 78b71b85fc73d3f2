import { Link } from 'react-router';
import { useQuery } from 'urql';
import { describeError, type NetworksQuery } from '@community-hub/web-graphql';
import { Badge, EmptyState, ErrorAlert, Loading, useDocumentTitle } from '@community-hub/web-ui';
import { STATUS_LABELS } from './labels';
import { networksQuery } from './networks.documents';

type DirectoryNetwork = NetworksQuery['networks'][number];

/** Areas in alphabetical order, each with its networks by name. */
export function groupByArea(networks: readonly DirectoryNetwork[]): Array<{ area: string; networks: DirectoryNetwork[] }> {
  const groups = new Map<string, DirectoryNetwork[]>();
  for (const network of networks) {
    const area = network.area.trim() || 'Other';
    groups.set(area, [...(groups.get(area) ?? []), network]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([area, list]) => ({ area, networks: list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')) }));
}

/**
 * The directory of networks, grouped by area: the page at / for visitors; for signed-in
 * people it follows their home (`embedded`: the page has its own h1, so headings step down).
 */
export function NetworkDirectoryPage({ embedded = false }: { embedded?: boolean }) {
  useDocumentTitle(embedded ? null : 'Community networks');
  const [{ data, fetching, error }] = useQuery({ query: networksQuery });
  const groups = data ? groupByArea(data.networks) : [];
  const Title = embedded ? 'h2' : 'h1';
  const AreaHeading = embedded ? 'h3' : 'h2';

  return (
    <div className="stack-large">
      <div>
        <Title id="directory-heading">{embedded ? 'All community networks' : 'Community networks'}</Title>
        <p className="lead">Local networks of charities, community groups, volunteers and public services working together.</p>
      </div>
      {fetching && !data ? <Loading label="Loading networks…" /> : null}
      <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
      {data && !groups.length ? <EmptyState>There are no networks to show yet.</EmptyState> : null}
      {groups.map(({ area, networks }) => (
        <section key={area} aria-labelledby={`area-${slugify(area)}`}>
          <AreaHeading id={`area-${slugify(area)}`}>{area}</AreaHeading>
          <ul className="card-list">
            {networks.map((network) => (
              <li key={network.id} className="card">
                <Link to={`/n/${network.slug}`} className="card-title">
                  {network.name}
                </Link>
                <span className="badges">
                  {network.visibility === 'PRIVATE' ? <Badge tone="neutral">Private</Badge> : null}
                  {network.myMembership ? (
                    <Badge tone={network.myMembership.status === 'ACTIVE' ? 'success' : network.myMembership.status === 'PENDING' ? 'warning' : 'danger'}>
                      {STATUS_LABELS[network.myMembership.status]}
                    </Badge>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function slugify(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'area';
}
