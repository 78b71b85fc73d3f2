import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { EmptyState, ErrorAlert, Loading, MarkdownText, RelativeTime, useDocumentTitle, preloadMarkdown } from '@community-hub/web-ui';
import { BlockButton, ReportButton } from '@community-hub/web-moderation';
import { personQuery } from './accounts.documents';
import { useSession } from './session';

/** /people/:id: a person as the viewer may see them (never their email). */
export function PersonPage() {
  // The text is Markdown: its renderer loads while the data does.
  preloadMarkdown();
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: personQuery, variables: { id } });
  const person = data?.user;
  const { user: viewer } = useSession();
  useDocumentTitle(person ? person.name : 'Person');
  if (fetching && !data) return <Loading label="Loading profile…" />;
  const problem = describeError(error);
  if (problem && problem.code !== 'BAD_USER_INPUT') return <ErrorAlert>{problem.message}</ErrorAlert>;
  if (!person) {
    return (
      <div className="stack">
        <h1>Person not found</h1>
        <p>There is nobody here: the link may be wrong.</p>
      </div>
    );
  }
  if (person.formerMember) {
    return (
      <div className="stack">
        <h1>Former member</h1>
        <p className="muted">This person has deleted their account.</p>
      </div>
    );
  }
  return (
    <div className="stack-large">
      <h1>{person.name}</h1>
      {viewer && viewer.id !== person.id ? (
        // Signed-in visitors, about someone else: a report about a profile goes to the platform admins.
        <div className="actions" role="group" aria-label={`Report or block ${person.name}`}>
          <ReportButton kind="USER" id={person.id} subject={`${person.name}'s profile`} />
          <BlockButton userId={person.id} name={person.name} />
        </div>
      ) : null}
      <section aria-labelledby="person-organisations" className="panel">
        <h2 id="person-organisations">Organisations</h2>
        {person.organisations.length ? (
          <ul>
            {person.organisations.map((organisation) => (
              <li key={organisation.id}>{organisation.name}</li>
            ))}
          </ul>
        ) : (
          <EmptyState>Represents no organisation</EmptyState>
        )}
      </section>
      <section aria-labelledby="person-networks" className="panel">
        <h2 id="person-networks">Networks in common</h2>
        {person.networksInCommon.length ? (
          <ul>
            {person.networksInCommon.map((network) => (
              <li key={network.id}>
                <Link to={`/n/${network.slug}`}>{network.name}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>No networks in common</EmptyState>
        )}
      </section>
      <section aria-labelledby="person-posts" className="panel">
        <h2 id="person-posts">Recent posts</h2>
        {person.recentPosts.length ? (
          <ul className="row-list">
            {person.recentPosts.map((post) => (
              <li key={post.id} className="row">
                <div className="row-main stack">
                  <div>
                    <Link to={`/n/${post.thread.network.slug}/t/${post.thread.id}`}>{post.thread.title}</Link>{' '}
                    <span className="muted small">
                      <RelativeTime iso={post.createdAt} />
                    </span>
                  </div>
                  <MarkdownText source={post.body} headingLevel={3} />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>No posts you can see</EmptyState>
        )}
      </section>
    </div>
  );
}
