import { act, screen, waitFor } from '@testing-library/react';
import { makeSubject, never } from 'wonka';
import { axeViolations, createMockClient, notification, renderPage, type FakeResponse } from '@community-hub/web-testing';
import { NotificationBell } from './notification-bell';

/** `server.count` is what the API says; null: the request never comes back (so only a push can move the badge). */
function setup(count: number) {
  const server: { count: number | null } = { count };
  const pushes = makeSubject<FakeResponse>();
  const reads = makeSubject<FakeResponse>();
  const mock = createMockClient({
    UnreadNotificationCount: () => (server.count === null ? never : { data: { unreadNotificationCount: server.count } }),
    NotificationAdded: () => pushes.source,
    UnreadNotificationCountChanged: () => reads.source,
  });
  const rendered = renderPage(<NotificationBell />, { mock });
  const push = (title: string, id: string) =>
    act(() => pushes.next({ data: { notificationAdded: notification({ id, title, kind: 'MENTION' }) } }));
  const readElsewhere = (count: number) => act(() => reads.next({ data: { unreadNotificationCountChanged: count } }));
  return { mock, server, push, readElsewhere, ...rendered };
}

describe('NotificationBell', () => {
  it('links to /notifications with the unread count in its name', async () => {
    const { container } = setup(3);
    const link = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    expect(link.getAttribute('href')).toBe('/notifications');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says just "Notifications" when nothing is unread', async () => {
    const { mock } = setup(0);
    await waitFor(() => expect(mock.callsTo('UnreadNotificationCount').length).toBeGreaterThan(0));
    expect(screen.getByRole('link').textContent).toBe('Notifications');
    expect(screen.getByRole('link', { name: 'Notifications' })).toBeTruthy();
  });

  it('adds one at once when notificationAdded pushes, announces it politely, and refreshes the count', async () => {
    const { mock, server, push } = setup(2);
    await screen.findByRole('link', { name: 'Notifications, 2 unread' });
    expect(mock.callsTo('NotificationAdded')).toHaveLength(1);
    const asked = mock.callsTo('UnreadNotificationCount').length;
    server.count = null;

    await push('Mel Member mentioned you in “Coats”', 'n-10');
    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toBeTruthy();
    const live = document.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(live.textContent).toBe('New notification: Mel Member mentioned you in “Coats”');
    // The push also asked the server for the count again.
    await waitFor(() => expect(mock.callsTo('UnreadNotificationCount').length).toBeGreaterThan(asked));

    await push('Kim replied in “Coats”', 'n-11');
    expect(await screen.findByRole('link', { name: 'Notifications, 4 unread' })).toBeTruthy();
  });

  it('brings the count down when notifications are read elsewhere (another device, or their thread)', async () => {
    const { server, readElsewhere } = setup(3);
    await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    // The push alone moves the badge (the count query it prompts never comes back here).
    server.count = null;
    await readElsewhere(1);
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeTruthy();
    await readElsewhere(0);
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeTruthy();
  });

  it('takes the server’s count once it comes back after a push', async () => {
    const { server, push } = setup(1);
    await screen.findByRole('link', { name: 'Notifications, 1 unread' });
    server.count = 2;
    await push('Kim replied', 'n-1');
    // The refreshed count (2) replaces 1 + the push; it is not counted twice.
    await waitFor(() => expect(screen.getByRole('link', { name: 'Notifications, 2 unread' })).toBeTruthy());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('link', { name: 'Notifications, 2 unread' })).toBeTruthy();
  });
});
