import { useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { EmptyState, formatFullDate, formatRelative, ListPageState, NextPageItem, PAGE_SIZE, useFocusWhenLoaded, usePageCursors } from '@community-hub/web-ui';
import { SECURITY_EVENT_LABELS } from './security-events';
import { mySecurityLogQuery } from './sessions.documents';
import { SESSIONS_CONTEXT } from './signed-in-devices';

/** "Recent activity": the person's own security log (sign-ins, password changes, devices signed out), newest first. */
export function RecentActivity() {
  const { pages } = usePageCursors('own');
  return (
    <section aria-labelledby="activity-heading" className="panel stack">
      <h2 id="activity-heading">Recent activity</h2>
      <p className="muted small">Sign-ins, password changes and devices signed out on your account over the last year. Something you do not recognise? Change your password.</p>
      <ul className="row-list" aria-labelledby="activity-heading">
        {pages.map((page) => (
          <ActivityChunk key={page.key} after={page.after} first={page.first} last={page.last} onLoadMore={page.onLoadMore} />
        ))}
      </ul>
    </section>
  );
}

function ActivityChunk({ after, first, last, onLoadMore }: { after: string | null; first: boolean; last: boolean; onLoadMore(endCursor: string): void }) {
  const [{ data, fetching, error }] = useQuery({
    query: mySecurityLogQuery,
    variables: { first: PAGE_SIZE, after },
    context: SESSIONS_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const focusRef = useFocusWhenLoaded<HTMLLIElement>(!first, !!data);
  const problem = describeError(error);
  const page = data?.mySecurityLog;
  if ((fetching && !data) || problem) return <ListPageState loading={fetching && !data} problem={problem} label="Loading your activity…" />;
  if (!page) return null;
  return (
    <>
      {first && !page.nodes.length ? (
        <li className="row-plain">
          <EmptyState>Nothing recorded yet.</EmptyState>
        </li>
      ) : null}
      {page.nodes.map((entry, index) => (
        <li key={entry.id} className="row" ref={index === 0 ? focusRef : undefined} tabIndex={index === 0 && !first ? -1 : undefined}>
          <div className="row-main stack-small">
            <p>
              <strong>{SECURITY_EVENT_LABELS[entry.kind] ?? entry.kind}</strong>
              {entry.detail ? <span className="muted"> ({entry.detail})</span> : null}
            </p>
            <p className="muted small">
              <time dateTime={entry.occurredAt} title={formatFullDate(entry.occurredAt)}>
                {formatRelative(entry.occurredAt)}
              </time>
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
              {entry.device}
              {entry.address ? (
                <>
                  <span aria-hidden="true"> · </span>
                  <span className="visually-hidden">, from </span>
                  {entry.address}
                </>
              ) : null}
            </p>
          </div>
        </li>
      ))}
      {last ? <NextPageItem pageInfo={page.pageInfo} onLoadMore={onLoadMore} /> : null}
    </>
  );
}
