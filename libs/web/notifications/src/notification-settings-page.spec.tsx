import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestProviders } from '@community-hub/web-accounts';
import { apiError, axeViolations, createMockClient, renderPage, signedInAs, type FakeHandler } from '@community-hub/web-testing';
import { NotificationSettingsPage } from './notification-settings-page';

function preference(id: string, name: string, email: string) {
  return { __typename: 'NotificationPreference', email, network: { __typename: 'Network', id, slug: name.toLowerCase(), name } };
}

function setup(handlers: Record<string, FakeHandler> = {}) {
  const stored: Record<string, string> = { 'net-1': 'DAILY', 'net-2': 'OFF' };
  const mock = createMockClient({
    Me: () => signedInAs(),
    NotificationPreferences: () => ({
      data: {
        notificationPreferences: [preference('net-1', 'Macclesfield', stored['net-1']!), preference('net-2', 'Crewe', stored['net-2']!)],
      },
    }),
    SetNotificationPreference: (variables) => {
      stored[String(variables.networkId)] = String(variables.email);
      const name = variables.networkId === 'net-1' ? 'Macclesfield' : 'Crewe';
      return { data: { setNotificationPreference: preference(String(variables.networkId), name, String(variables.email)) } };
    },
    ...handlers,
  });
  const rendered = renderPage(<NotificationSettingsPage />, { mock, providers: TestProviders, route: '/settings/notifications', path: '/settings/notifications' });
  return { mock, ...rendered };
}

describe('NotificationSettingsPage', () => {
  it('shows a radio group per network with the current choice', async () => {
    const { container } = setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Email settings' })).toBeTruthy();
    const macclesfield = await screen.findByRole('group', { name: 'Macclesfield' });
    const radios = within(macclesfield).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual(['IMMEDIATELY', 'DAILY', 'WEEKLY', 'MAILING_LIST', 'OFF']);
    expect(within(macclesfield).getByRole('radio', { name: 'Daily digest' })).toHaveProperty('checked', true);
    expect(within(screen.getByRole('group', { name: 'Crewe' })).getByRole('radio', { name: 'Off' })).toHaveProperty('checked', true);
    expect(document.title).toBe('Email settings · Community Hub');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('saves a choice with setNotificationPreference and confirms it', async () => {
    const { mock } = setup();
    const crewe = await screen.findByRole('group', { name: 'Crewe' });
    await userEvent.click(within(crewe).getByRole('radio', { name: 'Weekly digest' }));
    await waitFor(() => expect(mock.callsTo('SetNotificationPreference').map((call) => call.variables)).toEqual([{ networkId: 'net-2', email: 'WEEKLY' }]));
    expect((await within(crewe).findByRole('status')).textContent).toBe('Saved: weekly digest for Crewe.');
    expect(within(crewe).getByRole('radio', { name: 'Weekly digest' })).toHaveProperty('checked', true);
    // The other network is untouched.
    expect(within(screen.getByRole('group', { name: 'Macclesfield' })).getByRole('radio', { name: 'Daily digest' })).toHaveProperty('checked', true);

    await userEvent.click(within(screen.getByRole('group', { name: 'Macclesfield' })).getByRole('radio', { name: 'Immediately' }));
    await waitFor(() => expect(mock.callsTo('SetNotificationPreference').at(-1)?.variables).toEqual({ networkId: 'net-1', email: 'IMMEDIATELY' }));

    // Mailing-list mode, beside the others, with its hint.
    const mailingList = within(screen.getByRole('group', { name: 'Macclesfield' })).getByRole('radio', { name: 'Mailing list' });
    expect(mailingList.getAttribute('aria-describedby')).toBeTruthy();
    await userEvent.click(mailingList);
    await waitFor(() => expect(mock.callsTo('SetNotificationPreference').at(-1)?.variables).toEqual({ networkId: 'net-1', email: 'MAILING_LIST' }));
  });

  it('puts the choice back and shows the error when saving fails', async () => {
    setup({ SetNotificationPreference: () => apiError('FORBIDDEN', 'You are no longer a member of this network') });
    const macclesfield = await screen.findByRole('group', { name: 'Macclesfield' });
    await userEvent.click(within(macclesfield).getByRole('radio', { name: 'Off' }));
    expect((await within(macclesfield).findByRole('alert')).textContent).toBe('You are no longer a member of this network');
    expect(within(macclesfield).getByRole('radio', { name: 'Daily digest' })).toHaveProperty('checked', true);
  });

  it('explains when there are no networks', async () => {
    setup({ NotificationPreferences: () => ({ data: { notificationPreferences: [] } }) });
    expect(await screen.findByText(/You have not joined any networks yet/)).toBeTruthy();
  });
});
