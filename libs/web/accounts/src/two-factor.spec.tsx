import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anonymous, apiError, axeViolations, createMockClient, renderPage, signedInAs } from '@community-hub/web-testing';
import { IdentityProviderSignIn } from './identity-provider-sign-in';
import { SignInPage } from './sign-in-page';
import { TestProviders } from './testing/app-providers';
import { TwoFactorSection } from './two-factor-section';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const loggedIn = { data: { login: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u1', name: 'Sam' } } } };

describe('two-factor sign-in step', () => {
  it('asks for the code on a second step, then signs in with it', async () => {
    let signedIn = false;
    const mock = createMockClient({
      Me: () => (signedIn ? signedInAs('Sam') : anonymous),
      Login: (variables) => {
        const input = variables['input'] as { code?: string };
        if (!input.code) return apiError('TWO_FACTOR_REQUIRED', 'Enter the 6-digit code');
        if (input.code !== '123456') return apiError('TWO_FACTOR_REQUIRED', 'That code is not right, or was already used');
        signedIn = true;
        return loggedIn;
      },
    });
    const { container } = renderPage(<SignInPage />, { mock, providers: TestProviders, route: '/signin', path: '/signin?next=%2Fn%2Fcrewe' });
    await userEvent.type(await screen.findByLabelText('Email'), 'sam@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'a-good-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const code = await screen.findByLabelText('Code');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.type(code, '654321');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not right/);
    await userEvent.clear(screen.getByLabelText('Code'));
    await userEvent.type(screen.getByLabelText('Code'), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/n/crewe'));
    expect(mock.callsTo('Login').map((call) => call.variables)).toEqual([
      { input: { email: 'sam@example.org', password: 'a-good-password' } },
      { input: { email: 'sam@example.org', password: 'a-good-password', code: '654321' } },
      { input: { email: 'sam@example.org', password: 'a-good-password', code: '123456' } },
    ]);
  }, 20_000);

  it('takes a platform admin who must set up two-factor to the profile page first', async () => {
    let signedIn = false;
    const admin = signedInAs('Ada Admin', { isPlatformAdmin: true }) as { data: { me: Record<string, unknown> } };
    admin.data.me['twoFactorSetupRequired'] = true;
    const mock = createMockClient({
      Me: () => (signedIn ? admin : anonymous),
      Login: () => {
        signedIn = true;
        return loggedIn;
      },
    });
    renderPage(<SignInPage />, { mock, providers: TestProviders, route: '/signin', path: '/signin?next=%2Fn%2Fcrewe' });
    await userEvent.type(await screen.findByLabelText('Email'), 'ada@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'a-good-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/me'));
  });
});

describe('TwoFactorSection', () => {
  it('sets up with a QR code and the key as text, then shows the recovery codes once with copy and download', async () => {
    const codes = Array.from({ length: 10 }, (_, i) => `abcd-efgh-ijkl-mn${String.fromCharCode(97 + i)}2`);
    const mock = createMockClient({
      Me: () => signedInAs('Sam'),
      TwoFactorStatus: () => ({ data: { me: { __typename: 'User', id: 'user-1', twoFactorEnabled: false, twoFactorSetupRequired: false } } }),
      SetupTwoFactor: () => ({
        data: { setupTwoFactor: { __typename: 'TwoFactorSetup', secret: SECRET, otpauthUrl: `otpauth://totp/Community%20Hub:sam?secret=${SECRET}&issuer=Community%20Hub` } },
      }),
      EnableTwoFactor: (variables) => (variables['code'] === '123456' ? { data: { enableTwoFactor: codes } } : apiError('BAD_USER_INPUT', 'That code is not right')),
    });
    const { container } = renderPage(<TwoFactorSection />, { mock, providers: TestProviders, route: '/me', path: '/me' });
    await userEvent.click(await screen.findByRole('button', { name: 'Set up two-factor sign-in' }));
    const qr = (await screen.findByRole('img', { name: /QR code/ })) as HTMLImageElement;
    expect(qr.src).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(qr.src)).toContain('<svg');
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.type(screen.getByLabelText('Code from the app'), '000000');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not right/);
    await userEvent.clear(screen.getByLabelText('Code from the app'));
    await userEvent.type(screen.getByLabelText('Code from the app'), '123 456');
    await userEvent.click(screen.getByRole('button', { name: 'Turn on two-factor sign-in' }));

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(list.querySelectorAll('li')).toHaveLength(10);
    const download = screen.getByRole('link', { name: 'Download codes' }) as HTMLAnchorElement;
    expect(download.getAttribute('download')).toBe('community-hub-recovery-codes.txt');
    expect(decodeURIComponent(download.href)).toContain(codes[9]);
    expect(screen.getByRole('button', { name: 'Copy codes' })).toBeTruthy();
    expect(mock.callsTo('EnableTwoFactor').at(-1)?.variables).toEqual({ code: '123456' });
    await userEvent.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).toBeNull();
  }, 20_000);

  it('tells a platform admin that two-factor is needed before admin tasks', async () => {
    const mock = createMockClient({
      Me: () => signedInAs('Ada', { isPlatformAdmin: true }),
      TwoFactorStatus: () => ({ data: { me: { __typename: 'User', id: 'user-1', twoFactorEnabled: false, twoFactorSetupRequired: true } } }),
    });
    renderPage(<TwoFactorSection />, { mock, providers: TestProviders, route: '/me', path: '/me' });
    expect((await screen.findByText(/you need two-factor sign-in before you can do admin tasks/)).textContent).toBeTruthy();
  });
});

describe('IdentityProviderSignIn', () => {
  it('shows the configured button, going to the provider and back to ?next=', async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      IdentityProvider: () => ({
        data: { identityProvider: { __typename: 'IdentityProvider', buttonLabel: 'Sign in with Cheshire East', startPath: '/auth/oidc/start' } },
      }),
    });
    renderPage(<SignInPage alternatives={<IdentityProviderSignIn />} />, {
      mock,
      providers: TestProviders,
      route: '/signin',
      path: '/signin?next=%2Fn%2Fcrewe&oidc=link-password',
    });
    const link = await screen.findByRole('link', { name: 'Sign in with Cheshire East' });
    expect(link.getAttribute('href')).toBe('/auth/oidc/start?next=%2Fn%2Fcrewe');
    expect(screen.getByRole('status').textContent).toMatch(/Sign in below with its password once/);
  });

  it('shows nothing when no provider is configured', async () => {
    const mock = createMockClient({ Me: () => anonymous, IdentityProvider: () => ({ data: { identityProvider: null } }) });
    renderPage(<SignInPage alternatives={<IdentityProviderSignIn />} />, { mock, providers: TestProviders, route: '/signin', path: '/signin' });
    await screen.findByLabelText('Email');
    await waitFor(() => expect(mock.callsTo('IdentityProvider')).toHaveLength(1));
    expect(screen.queryByRole('link', { name: /Sign in with/ })).toBeNull();
  });
});
