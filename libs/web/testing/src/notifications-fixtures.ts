import { never } from 'wonka';
import type { FakeHandler } from './mock-client';

export type NotificationKindFixture =
  | 'REPLY'
  | 'MENTION'
  | 'DOCUMENT_ADDED'
  | 'EVENT_CHANGED'
  | 'EVENT_CANCELLED'
  | 'WAITLIST_PROMOTED'
  | 'MEMBERSHIP_REQUESTED'
  | 'MEMBERSHIP_APPROVED'
  | 'CONSORTIUM_INVITATION'
  | 'CONSORTIUM_RESPONSE'
  | 'OPPORTUNITY_DEADLINE';

export interface NotificationFixture {
  id?: string;
  kind?: NotificationKindFixture;
  title?: string;
  body?: string;
  path?: string;
  createdAt?: string;
  readAt?: string | null;
  network?: { id?: string; slug?: string; name?: string } | null;
  actor?: { id: string; name: string } | null;
}

export function notification(fixture: NotificationFixture = {}) {
  const network = fixture.network === null ? null : fixture.network ?? {};
  return {
    __typename: 'Notification',
    id: fixture.id ?? 'notification-1',
    kind: fixture.kind ?? 'REPLY',
    title: fixture.title ?? 'Mel Member replied in “Winter coat collection”',
    body: fixture.body ?? 'I can take the coats to the hall on Friday.',
    path: fixture.path ?? '/n/macclesfield/t/thread-1#post-2',
    createdAt: fixture.createdAt ?? '2026-11-02T10:00:00.000Z',
    readAt: fixture.readAt ?? null,
    network: network
      ? {
          __typename: 'Network',
          id: network.id ?? 'net-1',
          slug: network.slug ?? 'macclesfield',
          name: network.name ?? 'Macclesfield Community Network',
        }
      : null,
    actor: fixture.actor === null ? null : { __typename: 'User', ...(fixture.actor ?? { id: 'user-mel', name: 'Mel Member' }) },
  };
}

export function notificationsPage(nodes: Array<ReturnType<typeof notification>>, pageInfo: { hasNextPage?: boolean; endCursor?: string | null } = {}) {
  return {
    __typename: 'NotificationConnection',
    totalCount: nodes.length,
    nodes,
    pageInfo: { __typename: 'PageInfo', hasNextPage: pageInfo.hasNextPage ?? false, endCursor: pageInfo.endCursor ?? null },
  };
}

/** What the header's notifications link asks for on every page once signed in: nothing unread, nothing arriving. */
export function quietNotifications(unread = 0): Record<string, FakeHandler> {
  return {
    UnreadNotificationCount: () => ({ data: { unreadNotificationCount: unread } }),
    NotificationAdded: () => never,
    UnreadNotificationCountChanged: () => never,
    // The profile's notice that email to the person stopped (bounces): nothing stopped.
    EmailDeliveryStopped: () => ({ data: { me: { __typename: 'User', id: 'user-1', email: 'alex@example.org', emailDeliveryStopped: null } } }),
  };
}
