import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anonymous, apiError, axeViolations, createMockClient, renderPage } from '@community-hub/web-testing';
import { SignUpPage } from './sign-up-page';
import { TestProviders } from './testing/app-providers';

async function fillIn(password = 'long-enough-password') {
  await userEvent.type(await screen.findByLabelText('Name'), 'Priya Volunteer');
  await userEvent.type(screen.getByLabelText('Email'), 'priya@example.org');
  await userEvent.type(screen.getByLabelText(/^Password/), password);
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('SignUpPage', () => {
  it('has the heading, a password hint and no axe violations', async () => {
    const mock = createMockClient({ Me: () => anonymous });
    const { container } = renderPage(<SignUpPage />, { mock, providers: TestProviders, route: '/signup', path: '/signup' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Create an account' })).toBeTruthy();
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(password.getAttribute('aria-describedby') as string)?.textContent).toMatch(/at least 10 characters/i);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('explains a CONFLICT as an existing account', async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      Register: () => apiError('CONFLICT', 'Email already registered'),
    });
    renderPage(<SignUpPage />, { mock, providers: TestProviders, route: '/signup', path: '/signup' });
    await fillIn();
    expect((await screen.findByRole('alert')).textContent).toBe('An account with that email already exists');
  });

  it('shows BAD_USER_INPUT messages and marks the field', async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      Register: () =>
        apiError('BAD_USER_INPUT', 'Please check: password must be at least 10 characters', [
          { field: 'password', message: 'password must be at least 10 characters' },
        ]),
    });
    renderPage(<SignUpPage />, { mock, providers: TestProviders, route: '/signup', path: '/signup' });
    await fillIn('short');
    expect((await screen.findByRole('alert')).textContent).toContain('password must be at least 10 characters');
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
  });

  it('creates the account and goes to the directory', async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      Register: () => ({ data: { register: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u1', name: 'Priya' } } } }),
    });
    const { router } = renderPage(<SignUpPage />, { mock, providers: TestProviders, route: '/signup', path: '/signup' });
    await fillIn();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(mock.callsTo('Register')[0].variables).toEqual({
      input: { name: 'Priya Volunteer', email: 'priya@example.org', password: 'long-enough-password' },
    });
  });
});
