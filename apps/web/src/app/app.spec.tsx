import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { anonymous, axeViolations, createMockClient, quietNotifications, signedInAs, type FakeHandler } from '@community-hub/web-testing';
import { notification, notificationsPage, searchCounts, searchHit } from '@community-hub/web-testing';
import { App } from './app';
import { routes } from './routes';

/** The signed-in home with nothing in it (people here belong to no network). */
const EMPTY_HOME = {
  myLatestThreads: [],
  myUpcomingEvents: [],
  myConsortia: [],
  myConsortiumInvitations: [],
  unreadNotificationCount: 0,
  notifications: { __typename: 'NotificationConnection', nodes: [] },
};

function renderApp(path: string, handlers: Record<string, FakeHandler>) {
  const mock = createMockClient({
    Networks: () => ({ data: { networks: [] } }),
    SignedInHome: () => ({ data: EMPTY_HOME }),
    MyBlocks: () => ({ data: { myBlocks: [] } }),
    MyDataExports: () => ({ data: { myDataExports: [] } }),
    IdentityProvider: () => ({ data: { identityProvider: null } }),
    TwoFactorStatus: () => ({ data: { me: null } }),
    ...quietNotifications(),
    ...handlers,
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { mock, router, ...render(<App router={router} connect={mock.connect} />) };
}

describe('App shell', () => {
  it('offers Sign in and Sign up to anonymous visitors, after a skip link', async () => {
    const { container } = renderApp('/', { Me: () => anonymous });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Sign up' }).getAttribute('href')).toBe('/signup');
    expect(within(nav).getByRole('link', { name: 'Networks' }).getAttribute('href')).toBe('/');
    expect(within(nav).queryByRole('link', { name: 'My profile' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
    expect(container.querySelector('a')?.textContent).toBe('Skip to content');
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the signed-in name, My profile and Sign out, which signs out on a fresh client and empties the caches', async () => {
    const cacheNames = new Set(['hub-0123456789abcdef', 'another-cache']);
    vi.stubGlobal('caches', { keys: async () => [...cacheNames], delete: async (name: string) => cacheNames.delete(name) });
    let signedIn = true;
    const { mock } = renderApp('/', {
      Me: () => (signedIn ? signedInAs('Rowan Officer') : anonymous),
      Logout: () => {
        signedIn = false;
        return { data: { logout: true } };
      },
    });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'My profile' })).toBeTruthy();
    expect(screen.getByText('Rowan Officer')).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Sign in' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(mock.callsTo('Logout')).toHaveLength(1);
    expect(await within(nav).findByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByText('Rowan Officer')).toBeNull();
    expect([...cacheNames]).toEqual([]);
    vi.unstubAllGlobals();
  });

  it('shows signed-in people a Notifications link with the unread count, opening /notifications', async () => {
    const { router } = renderApp('/', {
      Me: () => signedInAs('Rowan Officer'),
      ...quietNotifications(2),
      Notifications: () => ({ data: { notifications: notificationsPage([notification({ title: 'Kim replied in “Coats”' })]) } }),
    });
    const bell = await within(screen.getByRole('banner')).findByRole('link', { name: 'Notifications, 2 unread' });
    await userEvent.click(bell);
    expect(router.state.location.pathname).toBe('/notifications');
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Kim replied in “Coats”' })).toBeTruthy();
  });

  it('sends anonymous visitors from /notifications and /settings/notifications to sign in', async () => {
    const { router } = renderApp('/settings/notifications', { Me: () => anonymous });
    await waitFor(() => expect(router.state.location.pathname).toBe('/signin'));
    expect(router.state.location.search).toBe('?next=%2Fsettings%2Fnotifications');
    expect(screen.queryByRole('link', { name: /^Notifications/ })).toBeNull();
  });

  it('sends anonymous visitors from /me to sign in, and back afterwards', async () => {
    const { router } = renderApp('/me', { Me: () => anonymous });
    await waitFor(() => expect(router.state.location.pathname).toBe('/signin'));
    expect(router.state.location.search).toBe('?next=%2Fme');
  });

  it('has a 404 page', async () => {
    renderApp('/no/such/page', { Me: () => anonymous });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(document.title).toBe('Page not found · Community Hub');
  });

  it('shows My profile with name form, memberships and the organisation form', async () => {
    renderApp('/me', {
      Me: () => signedInAs('Rowan Officer'),
      MyMemberships: () => ({ data: { myMemberships: [] } }),
      MyOrganisations: () => ({ data: { myOrganisations: [] } }),
      MySessions: () => ({ data: { mySessions: [] } }),
      MySecurityLog: () => ({ data: { mySecurityLog: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } } }),
      UpdateMyProfile: (variables) => ({
        data: { updateMyProfile: { __typename: 'User', id: 'user-1', name: (variables['input'] as { name: string }).name } },
      }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'My profile' })).toBeTruthy();
    expect(await screen.findByText(/You have not joined any networks yet/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Create an organisation' })).toBeTruthy();
    const name = screen.getByLabelText('Name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Rowan P Officer');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('has the site search in the header on every page, and a /search results page', async () => {
    const { router } = renderApp('/search?q=coats', {
      Me: () => anonymous,
      SearchCounts: () => ({ data: { searchCounts: searchCounts({ THREAD: 1 }) } }),
      Search: () => ({ data: { search: [searchHit({ title: 'Winter coat collection' })] } }),
    });
    expect(within(screen.getByRole('banner')).getByRole('search', { name: 'Site' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Winter coat collection' })).toBeTruthy();
    await act(() => router.navigate('/signin'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByRole('combobox', { name: 'Search Community Hub' })).toBeTruthy();
  });
});
