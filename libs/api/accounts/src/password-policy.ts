import { dictionary } from '@zxcvbn-ts/language-common';
import { badInput } from '@community-hub/api-common';
import { PASSWORD_MIN_LENGTH, PASSWORD_STRONG_LENGTH } from '@community-hub/shared-validation';

// zxcvbn-ts's maintained list of common passwords (about 49,000, from breach corpora),
// loaded once; compared case-insensitively, as people vary only the case of these.
let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
  return common;
}

/** Why a new password is refused, or null when it may be used. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length >= PASSWORD_STRONG_LENGTH) return null;
  if (commonPasswords().has(password.toLowerCase())) {
    return `password is a commonly used one: choose another, or use at least ${PASSWORD_STRONG_LENGTH} characters`;
  }
  return null;
}

/** Refuses a password being set (sign-up, and every later way of setting one) that breaks the rule. */
export function requireAcceptablePassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw badInput(`Please check: ${problem}`, [{ field: 'password', message: problem }]);
}
