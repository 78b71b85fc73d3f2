import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, axeViolations, createMockClient, renderPage, signedInAs } from '@community-hub/web-testing';
import { ChangePasswordForm } from './change-password-form';
import { RecentActivity } from './recent-activity';
import { SecurityLogPage } from './security-log-page';
import { SignedInDevices } from './signed-in-devices';
import { TestProviders } from './testing/app-providers';

const NOW = new Date().toISOString();
const sessions = {
  data: {
    mySessions: [
      { __typename: 'Session', id: 's-this', device: 'Firefox on Windows', lastSeenAt: NOW, createdAt: NOW, current: true },
      { __typename: 'Session', id: 's-phone', device: 'Mobile Safari on iOS', lastSeenAt: NOW, createdAt: NOW, current: false },
    ],
  },
};
const logPage = (kind: string) => ({
  data: {
    mySecurityLog: {
      __typename: 'SecurityLogEntryConnection',
      nodes: [{ __typename: 'SecurityLogEntry', id: 'e1', kind, occurredAt: NOW, address: '10.0.0.1', device: 'Firefox on Windows', detail: null }],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
});

describe('account security on the profile page', () => {
  it('lists my devices with "This device", signs one out, and signs out everywhere else', async () => {
    const mock = createMockClient({
      Me: () => signedInAs('Sam'),
      MySessions: () => sessions,
      RevokeSession: () => ({ data: { revokeSession: true } }),
      RevokeOtherSessions: () => ({ data: { revokeOtherSessions: 1 } }),
    });
    const { container } = renderPage(<SignedInDevices />, { mock, providers: TestProviders });
    const list = await screen.findByRole('list', { name: 'Signed in on these devices' });
    expect(within(list).getByText('This device')).toBeTruthy();
    expect(within(list).getByText('Mobile Safari on iOS')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /^Sign out Mobile Safari on iOS/ }));
    await waitFor(() => expect(mock.callsTo('RevokeSession')[0]?.variables).toEqual({ id: 's-phone' }));
    expect((await screen.findByRole('status')).textContent).toBe('Signed out Mobile Safari on iOS.');
    await userEvent.click(screen.getByRole('button', { name: 'Sign out everywhere else' }));
    await waitFor(() => expect(mock.callsTo('RevokeOtherSessions')).toHaveLength(1));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('signing out this device calls logout', async () => {
    const mock = createMockClient({ Me: () => signedInAs('Sam'), MySessions: () => sessions, Logout: () => ({ data: { logout: true } }) });
    renderPage(<SignedInDevices />, { mock, providers: TestProviders });
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out of this device' }));
    await waitFor(() => expect(mock.callsTo('Logout')).toHaveLength(1));
    expect(mock.callsTo('RevokeSession')).toHaveLength(0);
  });

  it('changes the password, and says plainly when the current one is wrong', async () => {
    let attempts = 0;
    const mock = createMockClient({
      Me: () => signedInAs('Sam'),
      ChangePassword: () => (++attempts === 1 ? apiError('UNAUTHENTICATED', 'Your current password is not right') : { data: { changePassword: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'user-1' } } } }),
    });
    const { container } = renderPage(<ChangePasswordForm />, { mock, providers: TestProviders });
    await userEvent.type(await screen.findByLabelText('Current password'), 'old one');
    await userEvent.type(screen.getByLabelText(/^New password/), 'a brand new passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Your current password is not right.');
    await userEvent.type(screen.getByLabelText('Current password'), ' fixed');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed. Your other devices were signed out.')).toBeTruthy();
    expect(mock.callsTo('ChangePassword')[1].variables).toEqual({ input: { currentPassword: 'old one fixed', newPassword: 'a brand new passphrase' } });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows my recent activity in words, with device and address', async () => {
    const mock = createMockClient({ Me: () => signedInAs('Sam'), MySecurityLog: () => logPage('SIGN_IN_FAILED') });
    renderPage(<RecentActivity />, { mock, providers: TestProviders });
    expect(await screen.findByText('Failed sign-in')).toBeTruthy();
    expect(screen.getByText(/Firefox on Windows/).textContent).toContain('10.0.0.1');
  });
});

describe('SecurityLogPage', () => {
  it('is refused to people who are not platform admins, without asking the API', async () => {
    const mock = createMockClient({ Me: () => signedInAs('Sam') });
    renderPage(<SecurityLogPage />, { mock, providers: TestProviders });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Only platform admins/);
    expect(mock.callsTo('SecurityLogSearch')).toHaveLength(0);
  });

  it('searches by person and kind, and offers the same search as CSV', async () => {
    const mock = createMockClient({
      Me: () => signedInAs('Admin', { isPlatformAdmin: true }),
      SecurityLogSearch: () => ({
        data: {
          securityLog: {
            __typename: 'SecurityLogEntryConnection',
            nodes: [{ __typename: 'SecurityLogEntry', id: 'e1', kind: 'PASSWORD_CHANGED', occurredAt: NOW, address: null, device: 'Unknown device', detail: null, userId: 'u-9' }],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      }),
    });
    const { container } = renderPage(<SecurityLogPage />, { mock, providers: TestProviders });
    await userEvent.type(await screen.findByLabelText(/^Person/), 'sam@example.org');
    await userEvent.selectOptions(screen.getByLabelText('What happened'), 'PASSWORD_CHANGED');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(mock.callsTo('SecurityLogSearch').at(-1)?.variables).toMatchObject({ person: 'sam@example.org', kind: 'PASSWORD_CHANGED' }));
    const results = screen.getByRole('list', { name: 'Security log' });
    expect(await within(results).findByText('Password changed')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).toBe('/security-log/export.csv?person=sam%40example.org&kind=PASSWORD_CHANGED');
    expect(await axeViolations(container)).toEqual([]);
  });
});
