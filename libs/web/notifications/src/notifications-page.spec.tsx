import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { never } from 'wonka';
import { TestProviders } from '@community-hub/web-accounts';
import {
  axeViolations,
  createMockClient,
  notification,
  notificationsPage,
  renderPage,
  signedInAs,
  type FakeHandler,
} from '@community-hub/web-testing';
import { NotificationsPage } from './notifications-page';

function setup(handlers: Record<string, FakeHandler> = {}) {
  const read = new Set<string>();
  const all = [
    notification({ id: 'n-2', title: 'Mel Member mentioned you in “Coats”', kind: 'MENTION', createdAt: '2026-11-02T14:05:00.000Z', path: '/n/macclesfield/t/thread-1#post-3' }),
    notification({ id: 'n-1', title: 'Kim replied in “Coats”', readAt: '2026-11-01T09:00:00.000Z', createdAt: '2026-11-01T08:00:00.000Z', network: { name: 'Crewe Community Network', slug: 'crewe' } }),
  ];
  const current = () => all.map((item) => (read.has(item.id) ? { ...item, readAt: '2026-11-03T10:00:00.000Z' } : item));
  const mock = createMockClient({
    Me: () => signedInAs(),
    Notifications: (variables) => {
      const nodes = current().filter((item) => !variables.unreadOnly || !item.readAt);
      if (variables.after === 'cursor-1') {
        return { data: { notifications: notificationsPage([notification({ id: 'n-0', title: 'An older one', readAt: '2026-10-01T09:00:00.000Z' })]) } };
      }
      return { data: { notifications: notificationsPage(nodes, { hasNextPage: !variables.unreadOnly, endCursor: 'cursor-1' }) } };
    },
    MarkNotificationRead: (variables) => {
      read.add(String(variables.notificationId));
      return { data: { markNotificationRead: { __typename: 'Notification', id: variables.notificationId, readAt: '2026-11-03T10:00:00.000Z' } } };
    },
    MarkAllNotificationsRead: () => {
      const unread = current().filter((item) => !item.readAt).length;
      all.forEach((item) => read.add(item.id));
      return { data: { markAllNotificationsRead: unread } };
    },
    ...handlers,
  });
  const rendered = renderPage(<NotificationsPage />, { mock, providers: TestProviders, route: '/notifications', path: '/notifications' });
  return { mock, ...rendered };
}

function item(name: string): HTMLElement {
  return screen.getByRole('link', { name }).closest('li') as HTMLElement;
}

describe('NotificationsPage', () => {
  it('lists notifications newest first with excerpt, network, relative and UK time, and marks the unread ones', async () => {
    const { container } = setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeTruthy();
    const links = await screen.findAllByRole('link', { name: /Coats/ });
    expect(links.map((link) => link.textContent)).toEqual(['Mel Member mentioned you in “Coats”', 'Kim replied in “Coats”']);
    const unread = item('Mel Member mentioned you in “Coats”');
    expect(unread.className).toContain('notification-unread');
    expect(within(unread).getByText('Unread')).toBeTruthy();
    expect(within(unread).getByText('I can take the coats to the hall on Friday.')).toBeTruthy();
    expect(within(unread).getByText(/Macclesfield Community Network/)).toBeTruthy();
    expect(within(unread).getByText(/Mon, 2 Nov 2026, 14:05/)).toBeTruthy();
    expect(unread.querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-02T14:05:00.000Z');
    const earlier = item('Kim replied in “Coats”');
    expect(earlier.className).not.toContain('notification-unread');
    expect(within(earlier).queryByText('Unread')).toBeNull();
    expect(within(earlier).getByText(/Crewe Community Network/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Email settings' }).getAttribute('href')).toBe('/settings/notifications');
    expect(document.title).toBe('Notifications · Community Hub');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('opens the notification’s path when clicked and marks it read', async () => {
    const { mock } = setup();
    await userEvent.click(await screen.findByRole('link', { name: 'Mel Member mentioned you in “Coats”' }));
    expect((await screen.findByTestId('location')).textContent).toBe('/n/macclesfield/t/thread-1');
    await waitFor(() => expect(mock.callsTo('MarkNotificationRead').map((call) => call.variables)).toEqual([{ notificationId: 'n-2' }]));
  });

  it('does not mark an already read notification again', async () => {
    const { mock } = setup();
    await userEvent.click(await screen.findByRole('link', { name: 'Kim replied in “Coats”' }));
    await screen.findByTestId('location');
    expect(mock.callsTo('MarkNotificationRead')).toHaveLength(0);
  });

  it('marks all as read, says how many, and shows the list as read', async () => {
    const { mock } = setup();
    await screen.findByText('Unread');
    await userEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(mock.callsTo('MarkAllNotificationsRead')).toHaveLength(1);
    expect((await screen.findByRole('status')).textContent).toBe('Marked 1 notification as read.');
    await waitFor(() => expect(screen.queryByText('Unread')).toBeNull());
    expect(item('Mel Member mentioned you in “Coats”').className).not.toContain('notification-unread');
  });

  it('filters to unread only, and loads more with the cursor', async () => {
    const { mock } = setup();
    await screen.findByRole('link', { name: 'Kim replied in “Coats”' });
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'An older one' })).toBeTruthy();
    expect(mock.callsTo('Notifications').map((call) => call.variables.after)).toContain('cursor-1');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Unread only' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Kim replied in “Coats”' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Mel Member mentioned you in “Coats”' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'An older one' })).toBeNull();
    expect(mock.callsTo('Notifications').at(-1)?.variables).toMatchObject({ unreadOnly: true, after: null });
  });

  it('says when there is nothing', async () => {
    setup({ Notifications: () => ({ data: { notifications: notificationsPage([]) } }) });
    expect(await screen.findByText('No notifications yet.')).toBeTruthy();
  });

  it('shows a loading message first', async () => {
    setup({ Notifications: () => never });
    expect(await screen.findByText('Loading notifications…')).toBeTruthy();
  });
});
