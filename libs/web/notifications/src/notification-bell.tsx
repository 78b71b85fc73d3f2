import { useEffect, useRef, useState } from 'react';
import { NavLink } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { notificationAddedSubscription, unreadCountChangedSubscription, unreadNotificationCountQuery } from './notifications.documents';
import { NOTIFICATIONS_CONTEXT, NOTIFICATIONS_PATH, unreadLabel } from './notifications-shared';
import './notifications.css';

/**
 * The header's "Notifications" link with the unread count, for signed-in
 * people. `notificationAdded` adds one at once (and refreshes the count and
 * any open notification list from the server); a polite live region says what
 * arrived without moving focus. `unreadNotificationCountChanged` brings the count
 * down when notifications are read elsewhere (another device, or reading their thread).
 */
export function NotificationBell() {
  const [{ data }] = useQuery({ query: unreadNotificationCountQuery, context: NOTIFICATIONS_CONTEXT, requestPolicy: 'cache-and-network' });
  const [{ data: pushed }] = useSubscription({ query: notificationAddedSubscription, context: NOTIFICATIONS_CONTEXT });
  const [{ data: readElsewhere }] = useSubscription({ query: unreadCountChangedSubscription, context: NOTIFICATIONS_CONTEXT });
  // The count last pushed by the server, when newer than the query's.
  const [pushedCount, setPushedCount] = useState<number | null>(null);
  // Pushes not yet reflected in a fresh count from the server.
  const [arrived, setArrived] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const lastPushed = useRef<string | null>(null);

  useEffect(() => {
    const notification = pushed?.notificationAdded;
    if (!notification || notification.id === lastPushed.current) return;
    lastPushed.current = notification.id;
    setArrived((count) => count + 1);
    setAnnouncement(`New notification: ${notification.title}`);
  }, [pushed]);

  useEffect(() => {
    if (readElsewhere === undefined) return;
    setPushedCount(readElsewhere.unreadNotificationCountChanged);
    setArrived(0);
  }, [readElsewhere]);

  // A fresh count from the server already includes what arrived.
  useEffect(() => {
    setArrived(0);
    setPushedCount(null);
  }, [data]);

  const count = (pushedCount ?? data?.unreadNotificationCount ?? 0) + arrived;
  return (
    <>
      {/* The name says the count in words ("Notifications, 3 unread"); it starts with the visible label. */}
      <NavLink to={NOTIFICATIONS_PATH} className="notification-bell" aria-label={unreadLabel(count)}>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20" className="notification-bell-icon">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        <span className="notification-bell-label">Notifications</span>
        {/* A real space, so the visible text reads "Notifications 3", part of the name. */}
        {count ? ' ' : null}
        {count ? <span className="notification-count">{count}</span> : null}
      </NavLink>
      <span className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </span>
    </>
  );
}
