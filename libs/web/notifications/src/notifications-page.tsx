import { useState, type Ref } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, EmptyState, ErrorAlert, formatRelative, ListPageState, NextPageItem, useDocumentTitle, useFocusWhenLoaded, usePageCursors } from '@community-hub/web-ui';
import { markAllNotificationsReadMutation, markNotificationReadMutation, notificationsQuery } from './notifications.documents';
import { formatUkTime, NOTIFICATION_SETTINGS_PATH, NOTIFICATIONS_CONTEXT, type NotificationItem } from './notifications-shared';
import './notifications.css';

export const NOTIFICATIONS_PAGE = 20;

/** /notifications: the signed-in person's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  useDocumentTitle('Notifications');
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const { cursors, loadMore } = usePageCursors(unreadOnly ? 'unread' : 'all');
  const [marking, markAll] = useMutation(markAllNotificationsReadMutation);
  const [done, setDone] = useState('');
  const problem = describeError(marking.error);

  async function onMarkAll() {
    setDone('');
    const result = await markAll({}, NOTIFICATIONS_CONTEXT);
    const count = result.data?.markAllNotificationsRead;
    if (count === undefined) return;
    setDone(count ? `Marked ${count === 1 ? '1 notification' : `${count} notifications`} as read.` : 'Nothing was unread.');
  }

  return (
    <div className="stack notifications-page">
      <div className="section-heading">
        <h1 id="notifications-heading">Notifications</h1>
        <Link to={NOTIFICATION_SETTINGS_PATH}>Email settings</Link>
      </div>
      <div className="notifications-toolbar">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => {
              const next = new URLSearchParams(params);
              if (event.currentTarget.checked) next.set('unread', '1');
              else next.delete('unread');
              setParams(next, { replace: true });
            }}
          />{' '}
          Unread only
        </label>
        <Button variant="secondary" size="small" onClick={onMarkAll} disabled={marking.fetching}>
          Mark all as read
        </Button>
      </div>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <p role="status" className="notifications-status">
        {done}
      </p>
      <ul className="row-list notification-list" aria-labelledby="notifications-heading">
        {cursors.map((after, index) => (
          <NotificationChunk
            key={`${unreadOnly}:${after ?? ''}`}
            after={after}
            unreadOnly={unreadOnly}
            first={index === 0}
            last={index === cursors.length - 1}
            onLoadMore={loadMore}
          />
        ))}
      </ul>
    </div>
  );
}

interface ChunkProps {
  after: string | null;
  unreadOnly: boolean;
  first: boolean;
  last: boolean;
  onLoadMore(endCursor: string): void;
}

/** One page of notifications: its own query, so marking one read refreshes just that page. */
function NotificationChunk({ after, unreadOnly, first, last, onLoadMore }: ChunkProps) {
  const [{ data, fetching, error }] = useQuery({
    query: notificationsQuery,
    variables: { first: NOTIFICATIONS_PAGE, after, unreadOnly },
    context: NOTIFICATIONS_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const focusRef = useFocusWhenLoaded<HTMLAnchorElement>(!first, !!data);
  const problem = describeError(error);
  const page = data?.notifications;
  if ((fetching && !data) || problem) return <ListPageState loading={fetching && !data} problem={problem} label="Loading notifications…" />;
  if (!page) return null;
  return (
    <>
      {first && !page.nodes.length ? (
        <li className="row-plain">
          <EmptyState>{unreadOnly ? 'Nothing unread. You are all caught up.' : 'No notifications yet.'}</EmptyState>
        </li>
      ) : null}
      {page.nodes.map((notification, index) => (
        <NotificationRow key={notification.id} notification={notification} linkRef={index === 0 ? focusRef : undefined} />
      ))}
      {last ? <NextPageItem pageInfo={page.pageInfo} onLoadMore={onLoadMore} /> : null}
    </>
  );
}

function NotificationRow({ notification, linkRef }: { notification: NotificationItem; linkRef?: Ref<HTMLAnchorElement> }) {
  const [, markRead] = useMutation(markNotificationReadMutation);
  const unread = !notification.readAt;
  return (
    <li className={unread ? 'row notification-row notification-unread' : 'row notification-row'}>
      <div className="row-main stack-small">
        <h2 className="notification-title">
          <Link
            ref={linkRef}
            to={notification.path}
            onClick={() => {
              // Not awaited: the mutation carries on while the page changes.
              if (unread) void markRead({ notificationId: notification.id }, NOTIFICATIONS_CONTEXT);
            }}
          >
            {notification.title}
          </Link>
          {unread ? <span className="notification-unread-mark">Unread</span> : null}
        </h2>
        {notification.body ? <p className="notification-body">{notification.body}</p> : null}
        <p className="muted small notification-meta">
          {notification.network ? (
            <>
              {notification.network.name}
              <span aria-hidden="true"> · </span>
              <span className="visually-hidden">, </span>
            </>
          ) : null}
          <time dateTime={notification.createdAt}>
            {formatRelative(notification.createdAt)} <span className="notification-time">({formatUkTime(notification.createdAt)})</span>
          </time>
        </p>
      </div>
    </li>
  );
}
