import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axeViolations, createMockClient, renderPage, signedInAs, type FakeResponse } from '@community-hub/web-testing';
import { TestProviders } from '@community-hub/web-accounts';
import { PlatformAdminPage } from './platform-admin-page';

const person = (id: string, name: string, twoFactorEnabled: boolean) => ({
  __typename: 'PlatformPerson',
  id,
  name,
  email: `${id}@example.org`,
  isPlatformAdmin: id === 'admin-1',
  createdAt: '2026-11-01T10:00:00.000Z',
  networkCount: 1,
  twoFactorEnabled,
});

function people(suspended: string[]): FakeResponse {
  return {
    data: {
      platformPeople: {
        __typename: 'PlatformPersonConnection',
        totalCount: 3,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        nodes: [person('admin-1', 'Ada Admin', true), person('u-2', 'Pat Lostphone', true), person('u-3', 'Sam Spammer', false)],
      },
      suspendedUserIds: suspended,
    },
  };
}

describe('PlatformAdminPage: people', () => {
  it('resets a person’s two-factor and suspends someone, each after a confirmation; nothing on one’s own row; axe clean', async () => {
    const mock = createMockClient({
      Me: () => signedInAs('Ada Admin', { id: 'admin-1', isPlatformAdmin: true }),
      AdminNetworks: () => ({ data: { networks: [] } }),
      PlatformPeople: () => people(mock.callsTo('SuspendUser').length ? ['u-3'] : []),
      ResetUserTwoFactor: () => ({ data: { resetUserTwoFactor: true } }),
      SuspendUser: () => ({ data: { suspendUser: true } }),
    });
    const { container } = renderPage(<PlatformAdminPage />, { mock, providers: TestProviders });
    const table = await screen.findByRole('table', { name: '3 people' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).queryByRole('button')).toBeNull();
    expect(within(rows[1]).getByText('You')).toBeTruthy();
    expect(within(rows[3]).queryByRole('button', { name: /Reset two-factor/ })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    // Reset: asks first; Cancel changes nothing and puts focus back on the button.
    const reset = within(rows[2]).getByRole('button', { name: 'Reset two-factor for Pat Lostphone' });
    await userEvent.click(reset);
    const dialog = await screen.findByRole('dialog', { name: 'Reset two-factor for Pat Lostphone?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(reset);
    expect(mock.callsTo('ResetUserTwoFactor')).toHaveLength(0);
    await userEvent.click(reset);
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset two-factor' }));
    await waitFor(() => expect(mock.callsTo('ResetUserTwoFactor').map((c) => c.variables)).toEqual([{ userId: 'u-2' }]));
    expect(await screen.findByText('Two-factor sign-in for Pat Lostphone is off; they have been signed out everywhere.')).toBeTruthy();

    // Suspend with a note for the record; the list then shows them suspended.
    await userEvent.click(within(rows[3]).getByRole('button', { name: 'Suspend Sam Spammer' }));
    const suspend = await screen.findByRole('dialog', { name: 'Suspend Sam Spammer?' });
    await userEvent.type(within(suspend).getByLabelText('Note for the record (optional)'), 'spam in three networks');
    await userEvent.click(within(suspend).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(mock.callsTo('SuspendUser').map((c) => c.variables)).toEqual([{ input: { userId: 'u-3', note: 'spam in three networks' } }]));
    expect(await screen.findByRole('button', { name: 'Lift the suspension of Sam Spammer' })).toBeTruthy();
    expect(within(screen.getByRole('table')).getByText('Suspended')).toBeTruthy();
  });

  it('refuses people who are not platform admins, under a heading', async () => {
    const mock = createMockClient({ Me: () => signedInAs('Member') });
    renderPage(<PlatformAdminPage />, { mock, providers: TestProviders });
    expect(await screen.findByRole('heading', { level: 1, name: 'Platform admin' })).toBeTruthy();
    expect(screen.getByText('Platform admins only')).toBeTruthy();
    expect(mock.callsTo('PlatformPeople')).toHaveLength(0);
  });
});
