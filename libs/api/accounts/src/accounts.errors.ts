import { badInput, conflict, DomainError, ErrorCode } from '@community-hub/api-common';
import type { HandoverItem } from './personal-data/personal-data.registry';

/** `extensions.reason` of the accounts domain's refusals, for clients to branch on. */
export enum AccountsErrorReason {
  PASSWORD_REQUIRED = 'PASSWORD_REQUIRED',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  HANDOVER_REQUIRED = 'HANDOVER_REQUIRED',
}

export const passwordRequired = () =>
  new DomainError(ErrorCode.BAD_USER_INPUT, 'Please enter your password to confirm', {
    reason: AccountsErrorReason.PASSWORD_REQUIRED,
    fields: [{ field: 'password', message: 'required' }],
  });

export const wrongPassword = () => {
  const error = badInput('That password is not right', [{ field: 'password', message: 'not right' }]);
  error.extensions.reason = AccountsErrorReason.WRONG_PASSWORD;
  return error;
};

export const handoverRequired = (items: HandoverItem[]) => {
  const error = conflict(`Before you delete your account, please hand over: ${items.map((item) => item.message).join('; ')}`);
  Object.assign(error.extensions, { reason: AccountsErrorReason.HANDOVER_REQUIRED, handover: items });
  return error;
};
import { AccountErrorReason } from '@community-hub/shared-validation';
export { AccountErrorReason };
/** Posting, uploading or answering an event before the email address is confirmed. */
export const emailNotVerified = () =>
  new DomainError(
    ErrorCode.FORBIDDEN,
    'Please confirm your email address first: follow the link we emailed you (you can ask for a new one).',
    { reason: AccountErrorReason.EMAIL_NOT_VERIFIED },
  );
/** An emailed link that is unknown, already used or past its time. */
export const linkNotUsable = (reason: AccountErrorReason.LINK_EXPIRED | AccountErrorReason.LINK_USED | AccountErrorReason.LINK_INVALID) =>
  new DomainError(
    ErrorCode.BAD_USER_INPUT,
    reason === AccountErrorReason.LINK_EXPIRED
      ? 'This link has expired. Please ask for a new one.'
      : reason === AccountErrorReason.LINK_USED
        ? 'This link has already been used. Please ask for a new one if you still need it.'
        : 'This link is not valid. Please check you copied all of it, or ask for a new one.',
    { reason, fields: [{ field: 'token', message: reason.toLowerCase().replace(/_/g, ' ') }] },
  );
