import type { SecurityEventKind } from '@community-hub/web-graphql';

/** Security log kinds in words. */
export const SECURITY_EVENT_LABELS: Record<SecurityEventKind, string> = {
  SIGN_IN: 'Signed in',
  SIGN_IN_FAILED: 'Failed sign-in',
  SIGN_OUT: 'Signed out',
  SESSION_ENDED: 'Session ended',
  PASSWORD_CHANGED: 'Password changed',
  PASSWORD_CHANGE_FAILED: 'Password change refused',
  PASSWORD_RESET_REQUESTED: 'Password reset requested',
  PASSWORD_RESET: 'Password reset',
  EMAIL_CHANGE_REQUESTED: 'Email change requested',
  EMAIL_CHANGED: 'Email changed',
  EMAIL_VERIFIED: 'Email verified',
  TWO_FACTOR_ENABLED: 'Two-factor sign-in turned on',
  TWO_FACTOR_DISABLED: 'Two-factor sign-in turned off',
  TWO_FACTOR_FAILED: 'Wrong two-factor code',
  RECOVERY_CODE_USED: 'Recovery code used',
  OIDC_SIGN_IN: 'Signed in with an identity provider',
  OIDC_LINKED: 'Identity provider linked',
  DATA_EXPORT_REQUESTED: 'Data download requested',
  DATA_EXPORTED: 'Data download ready',
  ACCOUNT_DELETED: 'Account deleted',
  ROLE_CHANGED: 'Role changed',
  PLATFORM_ADMIN_CHANGED: 'Platform admin rights changed',
  SUSPENDED: 'Suspended',
  UNSUSPENDED: 'Suspension lifted',
};

export const SECURITY_EVENT_KINDS = Object.keys(SECURITY_EVENT_LABELS) as SecurityEventKind[];
