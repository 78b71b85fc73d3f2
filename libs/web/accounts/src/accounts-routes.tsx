import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { LazyPage } from '@community-hub/web-ui';
import { IdentityProviderSignIn } from './identity-provider-sign-in';
import { RequireSession } from './require-session';
import { SignInPage } from './sign-in-page';
import { SignUpPage } from './sign-up-page';

// Visited rarely: loaded when opened, keeping the first download small.
const PersonPage = lazy(() => import('./person-page').then((m) => ({ default: m.PersonPage })));
const DeleteAccountPage = lazy(() => import('./delete-account-page').then((m) => ({ default: m.DeleteAccountPage })));
const ProfilePage = lazy(() => import('./profile-page').then((m) => ({ default: m.ProfilePage })));
const AccountSecurity = lazy(() => import('./account-security').then((m) => ({ default: m.AccountSecurity })));
const SecurityLogPage = lazy(() => import('./security-log-page').then((m) => ({ default: m.SecurityLogPage })));
const ForgotPasswordPage = lazy(() => import('./forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })));
const ResetPasswordPage = lazy(() => import('./reset-password-page').then((m) => ({ default: m.ResetPasswordPage })));
const VerifyEmailPage = lazy(() => import('./verify-email-page').then((m) => ({ default: m.VerifyEmailPage })));
const OutboxPage = lazy(() => import('./outbox-page').then((m) => ({ default: m.OutboxPage })));
const OutboxMessagePage = lazy(() => import('./outbox-page').then((m) => ({ default: m.OutboxMessagePage })));

/** /signin, /signup, people's profiles (/people/:id, where @mentions link), the emailed links (/reset-password, /verify-email), and the local outbox (/dev/outbox). */
export const accountsRoutes: RouteObject[] = [
  { path: 'signin', element: <SignInPage alternatives={<IdentityProviderSignIn />} /> },
  { path: 'signup', element: <SignUpPage /> },
  {
    path: 'people/:id',
    element: (
      <LazyPage>
        <PersonPage />
      </LazyPage>
    ),
  },
  { path: 'forgot-password', element: <LazyPage><ForgotPasswordPage /></LazyPage> },
  { path: 'reset-password', element: <LazyPage><ResetPasswordPage /></LazyPage> },
  { path: 'verify-email', element: <LazyPage><VerifyEmailPage /></LazyPage> },
  // Outside production without SMTP_URL; the API answers 404 otherwise and the page says so.
  { path: 'dev/outbox', element: <LazyPage><OutboxPage /></LazyPage> },
  { path: 'dev/outbox/:id', element: <LazyPage><OutboxMessagePage /></LazyPage> },
];

/**
 * /me, for signed-in people: the profile form, the account's security (devices, password, activity),
 * then what other domains list for the person (`children`); and /admin/security-log for platform admins.
 */
export function profileRoutes(children?: ReactNode): RouteObject[] {
  return [
    {
      path: 'me',
      element: (
        <RequireSession>
          <LazyPage>
            <ProfilePage account={<AccountSecurity />}>{children}</ProfilePage>
          </LazyPage>
        </RequireSession>
      ),
    },
    {
      path: 'admin/security-log',
      element: (
        <RequireSession>
          <LazyPage>
            <SecurityLogPage />
          </LazyPage>
        </RequireSession>
      ),
    },
    {
      path: 'me/delete',
      element: (
        <RequireSession>
          <LazyPage>
            <DeleteAccountPage />
          </LazyPage>
        </RequireSession>
      ),
    },
  ];
}
