import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anonymous, apiError, axeViolations, createMockClient, renderPage } from '@community-hub/web-testing';
import { SignUpPage } from './sign-up-page';
import { TestProviders } from './testing/app-providers';

async function fillIn(password = 'long-enough-password', { accept = true, email = 'priya@example.org' } = {}) {
  await userEvent.type(await screen.findByLabelText('Name'), 'Priya Volunteer');
  if (email) await userEvent.type(screen.getByLabelText('Email'), email);
  await userEvent.type(screen.getByLabelText(/^Password/), password);
  if (accept) await userEvent.click(screen.getByRole('checkbox', { name: 'I have read and accept the terms of use' }));
  await userEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('SignUpPage', () => {
  it('has the heading, a password hint and no axe violations', async () => {
    const mock = createMockClient({ Me: () => anonymous });
    const { container } = renderPage(<SignUpPage />, { mock, providers: TestProviders, route: '/signup', path: '/signup' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Create an account' })).toBeTruthy();
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(password.getAttribute('aria-describedby') as string)?.textContent).toMatch(/at least 12 characters, or at least 8/i);
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
        apiError('BAD_USER_INPUT', 'Please check: password must be at least 8 characters', [
          { field: 'password', message: 'password must be at least 8 characters' },
        ]),
    });
    renderPage(<SignUpPage />, { mock, providers: TestProviders, route: '/signup', path: '/signup' });
    await fillIn('short');
    expect((await screen.findByRole('alert')).textContent).toContain('password must be at least 8 characters');
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
  });

  it('creates the account, accepts the current terms and goes to the directory', async () => {
    const mock = createMockClient({
      Me: () => anonymous,
      Register: () => ({ data: { register: { __typename: 'AuthPayload', user: { __typename: 'User', id: 'u1', name: 'Priya' } } } }),
      CurrentTermsVersion: () => ({ data: { statement: { __typename: 'Statement', kind: 'TERMS', version: 3 } } }),
      AcceptTerms: () => ({ data: { acceptTerms: { __typename: 'User', id: 'u1', termsAcceptedVersion: 3 } } }),
    });
    const { router } = renderPage(<SignUpPage />, { mock, providers: TestProviders, route: '/signup', path: '/signup' });
    await fillIn();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(mock.callsTo('Register')[0].variables).toEqual({
      input: { name: 'Priya Volunteer', email: 'priya@example.org', password: 'long-enough-password' },
    });
    expect(mock.callsTo('AcceptTerms').map((call) => call.variables)).toEqual([{ version: 3 }]);
  });

  it('asks for the terms and an email before sending anything, and moves the focus to the first problem', async () => {
    const mock = createMockClient({ Me: () => anonymous });
    renderPage(<SignUpPage />, { mock, providers: TestProviders, route: '/signup', path: '/signup' });
    await fillIn('long-enough-password', { accept: false, email: '' });
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(email);
    expect(screen.getByText('Enter your email address.')).toBeTruthy();
    const terms = screen.getByRole('checkbox', { name: 'I have read and accept the terms of use' });
    expect(terms.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Tick the box to accept the terms of use.')).toBeTruthy();
    expect(mock.callsTo('Register')).toHaveLength(0);
  });
});
