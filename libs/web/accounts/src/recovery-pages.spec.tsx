import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anonymous, axeViolations, createMockClient, renderPage, signedInAs } from '@community-hub/web-testing';
import { AccountNotices } from './account-notices';
import { ForgotPasswordPage } from './forgot-password-page';
import { OutboxPage } from './outbox-page';
import { ResetPasswordPage } from './reset-password-page';
import { SignInPage } from './sign-in-page';
import { TestProviders } from './testing/app-providers';

const linkUsed = {
  data: null,
  errors: [{ message: 'This link has already been used. Please ask for a new one if you still need it.', extensions: { code: 'BAD_USER_INPUT', reason: 'LINK_USED' } }],
};

describe('password reset pages', () => {
  it('offers "Forgot password?" on the sign-in page', async () => {
    renderPage(<SignInPage />, { mock: createMockClient({ Me: () => anonymous }), providers: TestProviders, route: '/signin', path: '/signin' });
    expect((await screen.findByRole('link', { name: 'Forgot password?' })).getAttribute('href')).toBe('/forgot-password');
  });

  it('asks for a link and says the same whatever the address', async () => {
    const mock = createMockClient({ Me: () => anonymous, RequestPasswordReset: () => ({ data: { requestPasswordReset: true } }) });
    const { container } = renderPage(<ForgotPasswordPage />, { mock, providers: TestProviders, route: '/forgot-password', path: '/forgot-password' });
    await userEvent.type(await screen.findByLabelText('Email'), 'sam@example.org');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect((await screen.findByRole('status')).textContent).toContain('If there is an account for sam@example.org');
    expect(mock.callsTo('RequestPasswordReset')[0].variables).toEqual({ email: 'sam@example.org' });
  });

  it('sets the new password with the token, then asks who I am again and goes home', async () => {
    let signedIn = false;
    const mock = createMockClient({
      Me: () => (signedIn ? signedInAs('Sam') : anonymous),
      ResetPassword: () => {
        signedIn = true;
        return { data: { resetPassword: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u1', name: 'Sam' } } } };
      },
    });
    renderPage(<ResetPasswordPage />, { mock, providers: TestProviders, route: '/reset-password', path: '/reset-password?token=abc' });
    await userEvent.type(await screen.findByLabelText('New password'), 'a long new passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
    expect(mock.callsTo('ResetPassword')[0].variables).toEqual({ input: { token: 'abc', newPassword: 'a long new passphrase' } });
    expect(mock.callsTo('Me').length).toBeGreaterThanOrEqual(2);
  });

  it('says a used link cannot be used and offers a new one', async () => {
    const mock = createMockClient({ Me: () => anonymous, ResetPassword: () => linkUsed });
    renderPage(<ResetPasswordPage />, { mock, providers: TestProviders, route: '/reset-password', path: '/reset-password?token=abc' });
    await userEvent.type(await screen.findByLabelText('New password'), 'a long new passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('already been used');
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe('/forgot-password');
  });
});

describe('AccountNotices', () => {
  it('asks an unverified person to confirm their address, with "Resend"', async () => {
    const mock = createMockClient({
      Me: () => signedInAs('Nia', { emailVerified: false }),
      ResendVerificationEmail: () => ({ data: { resendVerificationEmail: true } }),
    });
    const { container } = renderPage(<AccountNotices />, { mock, providers: TestProviders });
    expect(await screen.findByText('Please confirm your email address')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Resend' }));
    expect(await screen.findByText('We have sent a new link.')).toBeTruthy();
    expect(mock.callsTo('ResendVerificationEmail')).toHaveLength(1);
  });

  it('shows nothing to a verified person', async () => {
    const mock = createMockClient({ Me: () => signedInAs('Val') });
    renderPage(<AccountNotices />, { mock, providers: TestProviders });
    await waitFor(() => expect(mock.callsTo('Me').length).toBeGreaterThan(0));
    expect(screen.queryByText('Please confirm your email address')).toBeNull();
  });

  it('warns platform admins when no email is being sent, and only then', async () => {
    const status = { mailDelivery: 'NOT_SENT' };
    const mock = createMockClient({
      Me: () => signedInAs('Ada', { isPlatformAdmin: true }),
      PlatformStatus: () => ({ data: { platformStatus: { __typename: 'PlatformStatus', ...status } } }),
    });
    const { unmount } = renderPage(<AccountNotices />, { mock, providers: TestProviders });
    expect((await screen.findByRole('alert')).textContent).toContain('No email is being sent');
    unmount();
    status.mailDelivery = 'LOCAL_OUTBOX';
    renderPage(<AccountNotices />, { mock: createMockClient({ Me: () => signedInAs('Ada', { isPlatformAdmin: true }), PlatformStatus: () => ({ data: { platformStatus: { __typename: 'PlatformStatus', ...status } } }) }), providers: TestProviders });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});

describe('OutboxPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the local emails, newest first as the API gives them, each linking to its page', async () => {
    const messages = [
      { id: 'b.eml', to: 'sam@example.org', subject: 'Reset your Community Hub password', date: new Date().toISOString() },
      { id: 'a.eml', to: 'kim@example.org', subject: 'Confirm your email address for Community Hub', date: new Date(Date.now() - 60_000).toISOString() },
    ];
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ messages }), { status: 200 })));
    const { container } = renderPage(<OutboxPage />, { mock: createMockClient({ Me: () => anonymous }), providers: TestProviders });
    const links = await screen.findAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Reset your Community Hub password', '/dev/outbox/b.eml'],
      ['Confirm your email address for Community Hub', '/dev/outbox/a.eml'],
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says the outbox is not available when the API answers 404 (production)', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    renderPage(<OutboxPage />, { mock: createMockClient({ Me: () => anonymous }), providers: TestProviders });
    expect(await screen.findByText(/not available here/)).toBeTruthy();
  });
});
