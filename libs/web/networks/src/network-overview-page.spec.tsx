import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeSubject } from 'wonka';
import type { RouteObject } from 'react-router';
import {
  anonymous,
  axeViolations,
  createMockClient,
  membersPage,
  network,
  renderRoutes,
  signedInAs,
  type FakeResponse,
  type NetworkFixture,
} from '@community-hub/web-testing';
import { NetworkLayout } from './network-layout';
import { NetworkOverviewPage } from './network-overview-page';
import { TestProviders } from '@community-hub/web-accounts';

const routes: RouteObject[] = [
  { path: '/n/:slug', element: <NetworkLayout />, children: [{ index: true, element: <NetworkOverviewPage /> }] },
  { path: '*', element: <p>elsewhere</p> },
];

function networkResponse(fixture: NetworkFixture): FakeResponse {
  return { data: { network: network(fixture) } };
}

const noEvents = () => makeSubject<FakeResponse>().source;

describe('NetworkOverviewPage', () => {
  it('shows the name, description as text, and a sign-in link to anonymous visitors', async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      Network: () => networkResponse({ description: 'We meet monthly.\n<b>All welcome</b>' }),
    });
    const { container } = renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Macclesfield Community Network' })).toBeTruthy();
    expect(screen.getByText(/<b>All welcome<\/b>/)).toBeTruthy();
    expect(container.querySelector('main b, b')).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in to join' }).getAttribute('href')).toBe('/signin?next=%2Fn%2Fmacclesfield');
    expect(screen.getByRole('link', { name: 'Create an account' }).getAttribute('href')).toBe('/signup?next=%2Fn%2Fmacclesfield');
    expect(screen.getByRole('link', { name: 'Members' }).getAttribute('href')).toBe('/n/macclesfield/members');
    expect(screen.getByRole('link', { name: 'Organisations' }).getAttribute('href')).toBe('/n/macclesfield/organisations');
    expect(document.title).toBe('Macclesfield Community Network · Community Hub');
    expect(await axeViolations(container)).toEqual([]);
  });

  it.each([
    ['PUBLIC', 'Join network'],
    ['PRIVATE', 'Ask to join'],
  ] as const)('offers a %s network to a signed-in non-member as "%s"', async (visibility, label) => {
    const mock = createMockClient({
      Me: () => signedInAs(),
      Network: () => networkResponse({ visibility, myMembership: null }),
      MembershipUpdated: noEvents,
      MembershipRemoved: noEvents,
    });
    renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield' });
    expect(await screen.findByRole('button', { name: label })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it.each([
    ['ACTIVE', 'You are a member'],
    ['PENDING', 'Your request is waiting for a coordinator'],
    ['SUSPENDED', 'Your membership is suspended'],
  ] as const)('says %s membership as "%s"', async (status, text) => {
    const mock = createMockClient({
      Me: () => signedInAs(),
      Network: () => networkResponse({ myMembership: { status } }),
      MembershipUpdated: noEvents,
      MembershipRemoved: noEvents,
    });
    renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield' });
    expect((await screen.findByRole('status')).textContent).toBe(text);
    expect(!!screen.queryByRole('button', { name: 'Leave network' })).toBe(status === 'ACTIVE');
  });

  it('joins, then flips from pending to member when a coordinator approves (live)', async () => {
    let membership: NetworkFixture['myMembership'] = null;
    const events = makeSubject<FakeResponse>();
    const mock = createMockClient({
      Me: () => signedInAs('Jo Member', { id: 'user-jo' }),
      Network: () => networkResponse({ visibility: 'PRIVATE', myMembership: membership }),
      MembershipUpdated: () => events.source,
      MembershipRemoved: noEvents,
      JoinNetwork: () => {
        membership = { status: 'PENDING' };
        return { data: { joinNetwork: { __typename: 'Membership', id: 'membership-me', role: 'MEMBER', status: 'PENDING' } } };
      },
    });
    renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ask to join' }));
    expect(mock.callsTo('JoinNetwork')[0].variables).toEqual({ networkId: 'net-1' });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your request is waiting for a coordinator'));
    expect(mock.callsTo('MembershipUpdated')[0].variables).toEqual({ networkId: 'net-1' });

    membership = { status: 'ACTIVE' };
    act(() => {
      events.next({
        data: {
          membershipUpdated: {
            __typename: 'Membership',
            id: 'membership-me',
            role: 'MEMBER',
            status: 'ACTIVE',
            user: { __typename: 'User', id: 'user-jo', name: 'Jo Member' },
          },
        },
      });
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('You are a member'));
  });

  it('says the request was declined when its removal arrives live, and offers to ask again', async () => {
    let membership: NetworkFixture['myMembership'] = { status: 'PENDING' };
    const removals = makeSubject<FakeResponse>();
    const mock = createMockClient({
      Me: () => signedInAs('Jo Member', { id: 'user-jo' }),
      Network: () => networkResponse({ visibility: 'PRIVATE', myMembership: membership }),
      MembershipUpdated: noEvents,
      MembershipRemoved: () => removals.source,
      JoinNetwork: () => {
        // A new request is a new membership, with a new id.
        membership = { id: 'membership-again', status: 'PENDING' };
        return { data: { joinNetwork: { __typename: 'Membership', id: 'membership-again', role: 'MEMBER', status: 'PENDING' } } };
      },
    });
    const { container } = renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield' });
    const status = await screen.findByRole('status');
    expect(status.textContent).toBe('Your request is waiting for a coordinator');
    expect(mock.callsTo('MembershipRemoved')[0].variables).toEqual({ networkId: 'net-1' });
    const networkFetches = mock.callsTo('Network').length;

    // Someone else's request ending is not news to Jo.
    act(() => removals.next({ data: { membershipRemoved: 'membership-someone-else' } }));
    expect(screen.getByRole('status').textContent).toBe('Your request is waiting for a coordinator');

    membership = null;
    act(() => removals.next({ data: { membershipRemoved: 'membership-me' } }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your request to join was declined'));
    // The same live region, so screen readers announce the change.
    expect(screen.getByRole('status')).toBe(status);
    expect(screen.queryByRole('button', { name: 'Withdraw request' })).toBeNull();
    // The network (and so Jo's membership) is fetched again: the state survives that refetch.
    await waitFor(() => expect(mock.callsTo('Network').length).toBeGreaterThan(networkFetches));
    expect(screen.getByRole('status').textContent).toBe('Your request to join was declined');
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Ask to join' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your request is waiting for a coordinator'));
    expect(mock.callsTo('JoinNetwork')).toHaveLength(1);
  });

  it('does not call withdrawing your own request a decline', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    let membership: NetworkFixture['myMembership'] = { status: 'PENDING' };
    const removals = makeSubject<FakeResponse>();
    const mock = createMockClient({
      Me: () => signedInAs('Jo Member', { id: 'user-jo' }),
      Network: () => networkResponse({ visibility: 'PUBLIC', myMembership: membership }),
      MembershipUpdated: noEvents,
      MembershipRemoved: () => removals.source,
      LeaveNetwork: () => {
        membership = null;
        removals.next({ data: { membershipRemoved: 'membership-me' } });
        return { data: { leaveNetwork: true } };
      },
    });
    renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield' });
    await userEvent.click(await screen.findByRole('button', { name: 'Withdraw request' }));
    expect(await screen.findByRole('button', { name: 'Join network' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('asks before leaving, and leaves only when confirmed', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const mock = createMockClient({
      Me: () => signedInAs(),
      Network: () => networkResponse({ myMembership: { status: 'ACTIVE' } }),
      MembershipUpdated: noEvents,
      MembershipRemoved: noEvents,
      LeaveNetwork: () => ({ data: { leaveNetwork: true } }),
    });
    renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield' });
    const leave = await screen.findByRole('button', { name: 'Leave network' });
    await userEvent.click(leave);
    expect(mock.callsTo('LeaveNetwork')).toHaveLength(0);
    await userEvent.click(leave);
    expect(confirm).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(mock.callsTo('LeaveNetwork')).toHaveLength(1));
  });

  describe('for coordinators', () => {
    it('lists requests to join with Approve/Decline buttons; Approve calls the mutation', async () => {
      let pending = [
        { id: 'm-kim', name: 'Kim Trustee', status: 'PENDING', organisation: 'Macc Foodbank' },
        { id: 'm-lee', name: 'Lee Officer', status: 'PENDING' },
      ];
      const mock = createMockClient({
        Me: () => signedInAs('Cora Coordinator'),
        Network: () => networkResponse({ visibility: 'PRIVATE', myMembership: { role: 'COORDINATOR', status: 'ACTIVE' } }),
        MembershipUpdated: noEvents,
        MembershipRemoved: noEvents,
        NetworkMembers: (variables) => {
          expect(variables['status']).toBe('PENDING');
          return { data: { network: { __typename: 'Network', id: 'net-1', members: membersPage(pending) } } };
        },
        ApproveMembership: (variables) => {
          pending = pending.filter((p) => p.id !== variables['membershipId']);
          return { data: { approveMembership: { __typename: 'Membership', id: variables['membershipId'], role: 'MEMBER', status: 'ACTIVE' } } };
        },
      });
      const { container } = renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield' });
      const section = (await screen.findByRole('heading', { level: 2, name: 'Requests to join' })).closest('section') as HTMLElement;
      await within(section).findByText('Kim Trustee');
      expect(within(section).getByRole('button', { name: 'Decline Kim Trustee' })).toBeTruthy();
      expect(await axeViolations(container)).toEqual([]);

      await userEvent.click(within(section).getByRole('button', { name: 'Approve Kim Trustee' }));
      expect(mock.callsTo('ApproveMembership')[0].variables).toEqual({ membershipId: 'm-kim' });
      await waitFor(() => expect(within(section).queryByText('Kim Trustee')).toBeNull());
      expect(within(section).getByRole('button', { name: 'Approve Lee Officer' })).toBeTruthy();
    });

    it('refreshes the queue when a live event arrives, and says when it is empty', async () => {
      let pending: Array<{ id: string; name: string; status: string }> = [];
      const events = makeSubject<FakeResponse>();
      const mock = createMockClient({
        Me: () => signedInAs('Cora Coordinator'),
        Network: () => networkResponse({ myMembership: { role: 'ADMIN', status: 'ACTIVE' } }),
        MembershipUpdated: () => events.source,
        MembershipRemoved: noEvents,
        NetworkMembers: () => ({ data: { network: { __typename: 'Network', id: 'net-1', members: membersPage(pending) } } }),
      });
      renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield' });
      expect(await screen.findByText('No requests waiting')).toBeTruthy();

      pending = [{ id: 'm-new', name: 'New Person', status: 'PENDING' }];
      act(() => {
        events.next({
          data: {
            membershipUpdated: {
              __typename: 'Membership',
              id: 'm-new',
              role: 'MEMBER',
              status: 'PENDING',
              user: { __typename: 'User', id: 'user-new', name: 'New Person' },
            },
          },
        });
      });
      expect(await screen.findByRole('button', { name: 'Approve New Person' })).toBeTruthy();
    });

    it('drops a request from the queue when its removal arrives live (declined by another coordinator)', async () => {
      let pending = [
        { id: 'm-kim', name: 'Kim Trustee', status: 'PENDING' },
        { id: 'm-lee', name: 'Lee Officer', status: 'PENDING' },
      ];
      const removals = makeSubject<FakeResponse>();
      const mock = createMockClient({
        Me: () => signedInAs('Cora Coordinator'),
        Network: () => networkResponse({ visibility: 'PRIVATE', myMembership: { role: 'COORDINATOR', status: 'ACTIVE' } }),
        MembershipUpdated: noEvents,
        MembershipRemoved: () => removals.source,
        NetworkMembers: () => ({ data: { network: { __typename: 'Network', id: 'net-1', members: membersPage(pending) } } }),
      });
      renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield' });
      const section = (await screen.findByRole('heading', { level: 2, name: 'Requests to join' })).closest('section') as HTMLElement;
      await within(section).findByText('Kim Trustee');
      const fetches = mock.callsTo('NetworkMembers').length;

      pending = pending.filter((p) => p.id !== 'm-kim');
      act(() => removals.next({ data: { membershipRemoved: 'm-kim' } }));
      await waitFor(() => expect(within(section).queryByText('Kim Trustee')).toBeNull());
      expect(within(section).getByRole('button', { name: 'Approve Lee Officer' })).toBeTruthy();
      // The queue (and its count) is fetched again; the coordinator's own status is untouched.
      await waitFor(() => expect(mock.callsTo('NetworkMembers').length).toBeGreaterThan(fetches));
      expect(screen.getByRole('status').textContent).toBe('You are a member');

      pending = [];
      act(() => removals.next({ data: { membershipRemoved: 'm-lee' } }));
      expect(await within(section).findByText('No requests waiting')).toBeTruthy();
    });

    it('is shown to platform admins, and not to ordinary members', async () => {
      const admin = createMockClient({
        Me: () => signedInAs('Pat Admin', { isPlatformAdmin: true }),
        Network: () => networkResponse({ myMembership: null }),
        MembershipUpdated: noEvents,
        MembershipRemoved: noEvents,
        NetworkMembers: () => ({ data: { network: { __typename: 'Network', id: 'net-1', members: membersPage([]) } } }),
      });
      const first = renderRoutes(routes, { mock: admin, providers: TestProviders, path: '/n/macclesfield' });
      expect(await screen.findByRole('heading', { name: 'Requests to join' })).toBeTruthy();
      first.unmount();

      const member = createMockClient({
        Me: () => signedInAs(),
        Network: () => networkResponse({ myMembership: { role: 'MEMBER', status: 'ACTIVE' } }),
        MembershipUpdated: noEvents,
        MembershipRemoved: noEvents,
      });
      renderRoutes(routes, { mock: member, providers: TestProviders, path: '/n/macclesfield' });
      await screen.findByRole('status');
      expect(screen.queryByRole('heading', { name: 'Requests to join' })).toBeNull();
    });
  });

  it('says when there is no such network', async () => {
    const mock = createMockClient({ Me: () => anonymous, Network: () => ({ data: { network: null } }) });
    renderRoutes(routes, { mock, providers: TestProviders, path: '/n/nowhere' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Network not found' })).toBeTruthy();
  });
});
