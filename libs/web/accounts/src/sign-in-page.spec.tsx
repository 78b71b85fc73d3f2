import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anonymous, apiError, axeViolations, createMockClient, renderPage, signedInAs } from '@community-hub/web-testing';
import { SignInPage } from './sign-in-page';
import { TestProviders } from './testing/app-providers';

describe('SignInPage', () => {
  it('has a heading, labelled fields and no axe violations', async () => {
    const mock = createMockClient({ Me: () => anonymous });
    const { container } = renderPage(<SignInPage />, { mock, providers: TestProviders, route: '/signin', path: '/signin' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByLabelText('Email')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(document.title).toBe('Sign in · Community Hub');
    expect(await axeViolations(container)).toEqual([]);
  });

  it("shows the API's coded error in an alert", async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      Login: () => apiError('UNAUTHENTICATED', 'That email and password do not match an account'),
    });
    renderPage(<SignInPage />, { mock, providers: TestProviders, route: '/signin', path: '/signin' });
    await userEvent.type(await screen.findByLabelText('Email'), 'sam@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That email and password do not match an account');
    expect(mock.callsTo('Login')[0].variables).toEqual({ input: { email: 'sam@example.org', password: 'wrong-password' } });
  });

  it('says when there have been too many attempts', async () => {
    const mock = createMockClient({ Me: () => anonymous, Login: () => apiError('RATE_LIMITED', 'Too many requests') });
    renderPage(<SignInPage />, { mock, providers: TestProviders, route: '/signin', path: '/signin' });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/too many sign-in attempts/i);
  });

  it('signs in, asks who I am on a fresh client and goes to the ?next= page', async () => {
    let signedIn = false;
    const mock = createMockClient({
      Me: () => (signedIn ? signedInAs('Sam Carer') : anonymous),
      Login: () => {
        signedIn = true;
        return { data: { login: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u1', name: 'Sam Carer' } } } };
      },
    });
    renderPage(<SignInPage />, { mock, providers: TestProviders, route: '/signin', path: '/signin?next=%2Fn%2Fcrewe' });
    await userEvent.type(await screen.findByLabelText('Email'), 'sam@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'a-good-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/n/crewe'));
    expect(mock.callsTo('Me').length).toBeGreaterThanOrEqual(2);
  });

  it('ignores a ?next= that leaves the site', async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      Login: () => ({ data: { login: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u1', name: 'Sam' } } } }),
    });
    const { router } = renderPage(<SignInPage />, { mock, providers: TestProviders, route: '/signin', path: '/signin?next=//evil.example/' });
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
