/** Rules shared by the API and the web client, so both say the same thing. */
/**
 * Passwords (Cyber Essentials): at least PASSWORD_STRONG_LENGTH characters, or at least
 * PASSWORD_MIN_LENGTH that are not on the API's list of common passwords. Passwords set
 * before the rule keep working; it applies whenever one is set.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_STRONG_LENGTH = 12;
export const PASSWORD_HINT = `At least ${PASSWORD_STRONG_LENGTH} characters, or at least ${PASSWORD_MIN_LENGTH} that are not a commonly used password.`;
export const PASSWORD_MAX_LENGTH = 200;
export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;

// Deliberately permissive: one @, no spaces, a dot in the domain. Real checking is
// done by sending mail; this only catches typing mistakes.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Emails are compared case-insensitively and without surrounding spaces. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

export function isValidEmail(email: string): boolean {
  const normalised = normaliseEmail(email);
  return normalised.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(normalised);
}

/**
 * Why an account operation was refused, in `extensions.reason` beside the global
 * `extensions.code` (the web client branches on these, never on messages).
 */
export enum AccountErrorReason {
  /** FORBIDDEN: the address is not confirmed yet (posting, uploading, answering events). */
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  /** BAD_USER_INPUT: an emailed link past its time. */
  LINK_EXPIRED = 'LINK_EXPIRED',
  /** BAD_USER_INPUT: an emailed link already followed once. */
  LINK_USED = 'LINK_USED',
  /** BAD_USER_INPUT: not a link we sent. */
  LINK_INVALID = 'LINK_INVALID',
  /** FORBIDDEN: a platform suspension refuses every sign-in (password, provider, password reset) until lifted. */
  ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED',
}

/** How long an emailed password-reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 60;
/** How long an emailed verification link works. */
export const EMAIL_VERIFICATION_TTL_HOURS = 72;
