import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeSubject } from 'wonka';
import type { RouteObject } from 'react-router';
import { axeViolations, createMockClient, membersPage, network, renderRoutes, signedInAs, type FakeResponse } from '@community-hub/web-testing';
import { NetworkLayout } from './network-layout';
import { NetworkMembersPage } from './network-members-page';
import { TestProviders } from '@community-hub/web-accounts';

const routes: RouteObject[] = [
  { path: '/n/:slug', element: <NetworkLayout />, children: [{ path: 'members', element: <NetworkMembersPage /> }] },
];

function page(response: ReturnType<typeof membersPage>): FakeResponse {
  return { data: { network: { __typename: 'Network', id: 'net-1', members: response } } };
}

describe('NetworkMembersPage', () => {
  it('lists name, role and organisation, and loads more with the endCursor', async () => {
    const mock = createMockClient({
      Me: () => signedInAs(),
      Network: () => ({ data: { network: network({ myMembership: { status: 'ACTIVE' } }) } }),
      MembershipUpdated: () => makeSubject<FakeResponse>().source,
      NetworkMembers: (variables) =>
        variables['after'] === 'cursor-1'
          ? page(membersPage([{ id: 'm3', name: 'Chris Third' }]))
          : page(
              membersPage(
                [
                  { id: 'm1', name: 'Ana First', role: 'COORDINATOR', organisation: 'Macc Foodbank' },
                  { id: 'm2', name: 'Ben Second' },
                ],
                { hasNextPage: true, endCursor: 'cursor-1' },
              ),
            ),
    });
    const { container } = renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield/members' });
    const first = (await screen.findByText('Ana First')).closest('li') as HTMLElement;
    expect(within(first).getByText('Coordinator')).toBeTruthy();
    expect(within(first).getByText('Macc Foodbank')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Suspend/ })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Chris Third')).toBeTruthy();
    expect(screen.getByText('Ana First')).toBeTruthy();
    expect(mock.callsTo('NetworkMembers').map((c) => c.variables['after'])).toEqual([null, 'cursor-1']);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull());
    expect(document.activeElement?.textContent).toContain('Chris Third');
  });

  it('lets coordinators suspend someone after confirming', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const mock = createMockClient({
      Me: () => signedInAs('Cora', { id: 'user-cora' }),
      Network: () => ({ data: { network: network({ myMembership: { role: 'COORDINATOR', status: 'ACTIVE' } }) } }),
      NetworkMembers: () => page(membersPage([{ id: 'm2', name: 'Ben Second' }])),
      SuspendMembership: (variables) => ({
        data: { suspendMembership: { __typename: 'Membership', id: variables['membershipId'], role: 'MEMBER', status: 'SUSPENDED' } },
      }),
    });
    renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield/members' });
    await userEvent.click(await screen.findByRole('button', { name: 'Suspend Ben Second' }));
    await waitFor(() => expect(mock.callsTo('SuspendMembership')[0]?.variables).toEqual({ membershipId: 'm2' }));
    expect(screen.getByLabelText('Role for Ben Second')).toBeTruthy();
  });

  describe('role selector', () => {
    const roster = () =>
      page(
        membersPage([
          { id: 'm-ben', name: 'Ben Second' },
          { id: 'm-cal', name: 'Cal Coordinator', role: 'COORDINATOR' },
          { id: 'm-ada', name: 'Ada Admin', role: 'ADMIN' },
        ]),
      );
    const optionsFor = (name: string) =>
      Array.from((screen.getByLabelText(`Role for ${name}`) as HTMLSelectElement).options).map((option) => option.textContent);

    it('offers coordinators only Member and Coordinator, and no role change for an admin', async () => {
      const mock = createMockClient({
        Me: () => signedInAs('Cora', { id: 'user-cora' }),
        Network: () => ({ data: { network: network({ myMembership: { role: 'COORDINATOR', status: 'ACTIVE' } }) } }),
        NetworkMembers: roster,
      });
      renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield/members' });
      await screen.findByLabelText('Role for Ben Second');
      expect(optionsFor('Ben Second')).toEqual(['Member', 'Coordinator']);
      expect(optionsFor('Cal Coordinator')).toEqual(['Member', 'Coordinator']);
      expect(screen.queryByRole('option', { name: 'Admin' })).toBeNull();
      expect(screen.queryByLabelText('Role for Ada Admin')).toBeNull();
    });

    it.each([
      ['an admin of the network', signedInAs('Ava', { id: 'user-ava' }), { role: 'ADMIN', status: 'ACTIVE' } as const],
      ['a platform admin', signedInAs('Pat', { id: 'user-pat', isPlatformAdmin: true }), null],
    ])('offers Admin to %s', async (_who, me, myMembership) => {
      const mock = createMockClient({
        Me: () => me,
        Network: () => ({ data: { network: network({ myMembership }) } }),
        NetworkMembers: roster,
        SetMembershipRole: (variables) => ({
          data: { setMembershipRole: { __typename: 'Membership', id: variables['membershipId'], role: variables['role'], status: 'ACTIVE' } },
        }),
      });
      renderRoutes(routes, { mock, providers: TestProviders, path: '/n/macclesfield/members' });
      await screen.findByLabelText('Role for Ben Second');
      expect(optionsFor('Ben Second')).toEqual(['Member', 'Coordinator', 'Admin']);
      expect(optionsFor('Ada Admin')).toEqual(['Member', 'Coordinator', 'Admin']);

      const ben = screen.getByText('Ben Second').closest('li') as HTMLElement;
      await userEvent.selectOptions(within(ben).getByLabelText('Role for Ben Second'), 'ADMIN');
      await userEvent.click(within(ben).getByRole('button', { name: 'Set role' }));
      await waitFor(() => expect(mock.callsTo('SetMembershipRole')[0]?.variables).toEqual({ membershipId: 'm-ben', role: 'ADMIN' }));
    });
  });
});
