import { registerEnumType } from '@nestjs/graphql';

/**
 * What a security log entry records. Stored as text: adding a kind needs no migration,
 * only a line here (and one in the web client's labels).
 */
export enum SecurityEventKind {
  SIGN_IN = 'SIGN_IN',
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  SIGN_OUT = 'SIGN_OUT',
  /** A session ended by the person from another device, by a password change, by an admin... (detail says which). */
  SESSION_ENDED = 'SESSION_ENDED',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  PASSWORD_CHANGE_FAILED = 'PASSWORD_CHANGE_FAILED',
  PASSWORD_RESET_REQUESTED = 'PASSWORD_RESET_REQUESTED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  EMAIL_CHANGE_REQUESTED = 'EMAIL_CHANGE_REQUESTED',
  EMAIL_CHANGED = 'EMAIL_CHANGED',
  EMAIL_VERIFIED = 'EMAIL_VERIFIED',
  TWO_FACTOR_ENABLED = 'TWO_FACTOR_ENABLED',
  TWO_FACTOR_DISABLED = 'TWO_FACTOR_DISABLED',
  TWO_FACTOR_FAILED = 'TWO_FACTOR_FAILED',
  RECOVERY_CODE_USED = 'RECOVERY_CODE_USED',
  OIDC_SIGN_IN = 'OIDC_SIGN_IN',
  OIDC_LINKED = 'OIDC_LINKED',
  DATA_EXPORT_REQUESTED = 'DATA_EXPORT_REQUESTED',
  DATA_EXPORTED = 'DATA_EXPORTED',
  ACCOUNT_DELETED = 'ACCOUNT_DELETED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  PLATFORM_ADMIN_CHANGED = 'PLATFORM_ADMIN_CHANGED',
  SUSPENDED = 'SUSPENDED',
  UNSUSPENDED = 'UNSUSPENDED',
}

registerEnumType(SecurityEventKind, { name: 'SecurityEventKind', description: 'What a security log entry records.' });
