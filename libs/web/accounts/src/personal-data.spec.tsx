import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anonymous, axeViolations, createMockClient, renderPage, signedInAs } from '@community-hub/web-testing';
import { DeleteAccountPage } from './delete-account-page';
import { PersonPage } from './person-page';
import { TestProviders } from './testing/app-providers';
import { YourDataSection } from './your-data-section';

const PERSON_ID = '6d4f7a0e-1111-4222-8333-444455556666';

function person(extra: Record<string, unknown> = {}) {
  return {
    data: {
      user: {
        __typename: 'User',
        id: PERSON_ID,
        name: 'Mel Member',
        formerMember: false,
        organisations: [{ __typename: 'Organisation', id: 'o1', name: 'Weston Allotment Society' }],
        networksInCommon: [{ __typename: 'Network', id: 'n1', slug: 'crewe', name: 'Crewe Community Network' }],
        recentPosts: [
          {
            __typename: 'Post',
            id: 'p1',
            body: 'Who has a **plot**?',
            createdAt: '2026-12-01T10:00:00.000Z',
            thread: { __typename: 'Thread', id: 't1', title: 'Allotments', network: { __typename: 'Network', id: 'n1', slug: 'crewe' } },
          },
        ],
        ...extra,
      },
    },
  };
}

describe('PersonPage (/people/:id)', () => {
  it('shows the name, organisations, networks in common and recent posts, linked, with no axe violations', async () => {
    const mock = createMockClient({ Me: () => anonymous, Person: () => person() });
    const { container } = renderPage(<PersonPage />, { mock, providers: TestProviders, route: '/people/:id', path: `/people/${PERSON_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mel Member' })).toBeTruthy();
    expect(screen.getByText('Weston Allotment Society')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Crewe Community Network' }).getAttribute('href')).toBe('/n/crewe');
    expect(screen.getByRole('link', { name: 'Allotments' }).getAttribute('href')).toBe('/n/crewe/t/t1');
    expect(screen.getByText('plot').tagName).toBe('STRONG');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a deleted person as "Former member" and nothing else', async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      Person: () => person({ name: 'Former member', formerMember: true, organisations: [], networksInCommon: [], recentPosts: [] }),
    });
    renderPage(<PersonPage />, { mock, providers: TestProviders, route: '/people/:id', path: `/people/${PERSON_ID}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Former member' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
  });
});

describe('Your data', () => {
  it('requests a download, shows its status and link, and links the privacy notice and the deletion page', async () => {
    let exports: unknown[] = [];
    const mock = createMockClient({
      Me: () => signedInAs('Mel Member'),
      MyDataExports: () => ({ data: { myDataExports: exports } }),
      RequestMyDataExport: () => {
        exports = [{ __typename: 'DataExport', id: 'x1', status: 'READY', createdAt: '2026-12-07T06:00:00.000Z', expiresAt: '2026-12-14T06:00:00.000Z', downloadUrl: 'http://localhost/storage/download/abc' }];
        return { data: { requestMyDataExport: { ...(exports[0] as object), status: 'PREPARING', downloadUrl: null, expiresAt: null } } };
      },
    });
    const { container } = renderPage(<YourDataSection />, { mock, providers: TestProviders, route: '/me', path: '/me' });
    await userEvent.click(await screen.findByRole('button', { name: 'Download my data' }));
    expect((await screen.findByRole('link', { name: 'Download zip' })).getAttribute('href')).toBe('http://localhost/storage/download/abc');
    expect(screen.getByText('Ready')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'privacy notice' }).map((a) => a.getAttribute('href'))).toEqual(['/privacy', '/privacy']);
    expect(screen.getByRole('link', { name: 'Delete my account…' }).getAttribute('href')).toBe('/me/delete');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('DeleteAccountPage', () => {
  it('says what is erased and what stays, then lists what to hand over first', async () => {
    const mock = createMockClient({
      Me: () => signedInAs('Mel Member'),
      DeleteMyAccount: () => ({
        data: null,
        errors: [
          {
            message: 'Before you delete your account, please hand over: make another member an admin of Crewe',
            extensions: { code: 'CONFLICT', reason: 'HANDOVER_REQUIRED', handover: [{ kind: 'NETWORK', id: 'n1', name: 'Crewe', message: 'make another member an admin of Crewe' }] },
          },
        ],
      }),
    });
    const { container } = renderPage(<DeleteAccountPage />, { mock, providers: TestProviders, route: '/me/delete', path: '/me/delete' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Delete my account' })).toBeTruthy();
    expect(screen.getByText(/Former member/).textContent).toBe('“Former member”');
    expect(screen.getByRole('link', { name: 'privacy notice' }).getAttribute('href')).toBe('/privacy');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.type(screen.getByLabelText('Your password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Delete my account for good' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('make another member an admin of Crewe');
  });

  it('deletes with the password, then signs out and goes home', async () => {
    const calls: unknown[] = [];
    const mock = createMockClient({
      Me: () => signedInAs('Mel Member'),
      DeleteMyAccount: (variables: Record<string, unknown>) => {
        calls.push(variables);
        return { data: { deleteMyAccount: true } };
      },
      Logout: () => ({ data: { logout: true } }),
    });
    const { router } = renderPage(<DeleteAccountPage />, { mock, providers: TestProviders, route: '/me/delete', path: '/me/delete' });
    await userEvent.type(await screen.findByLabelText('Your password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Delete my account for good' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(calls).toEqual([{ password: 'correct horse battery' }]);
  });
});
