import { DomainError, ErrorCode } from '@community-hub/api-common';

/** `extensions.reason` for two-factor refusals, so the web client can branch on them. */
export enum TwoFactorReason {
  /** Sign-in: the account has two-factor on and no code was given. */
  CODE_MISSING = 'TWO_FACTOR_CODE_MISSING',
  /** Sign-in, enabling or disabling: the code (or recovery code) is wrong, already used or expired. */
  CODE_INVALID = 'TWO_FACTOR_CODE_INVALID',
  /** A platform admin must turn on two-factor before admin-only operations. */
  SETUP_REQUIRED = 'TWO_FACTOR_SETUP_REQUIRED',
  ALREADY_ENABLED = 'TWO_FACTOR_ALREADY_ENABLED',
  NOT_ENABLED = 'TWO_FACTOR_NOT_ENABLED',
}

export const twoFactorRequired = (reason: TwoFactorReason.CODE_MISSING | TwoFactorReason.CODE_INVALID) =>
  new DomainError(
    ErrorCode.TWO_FACTOR_REQUIRED,
    reason === TwoFactorReason.CODE_MISSING
      ? 'Enter the 6-digit code from your authenticator app, or a recovery code'
      : 'That code is not right, or was already used. Enter the current code from your app, or a recovery code',
    { reason },
  );

export const invalidCode = () =>
  new DomainError(ErrorCode.BAD_USER_INPUT, 'That code is not right, or was already used. Enter the current code from your app', {
    reason: TwoFactorReason.CODE_INVALID,
    fields: [{ field: 'code', message: 'code is not right' }],
  });

export const adminTwoFactorSetupRequired = () =>
  new DomainError(ErrorCode.FORBIDDEN, 'Platform admins must turn on two-factor sign-in (on your profile page) before doing this', {
    reason: TwoFactorReason.SETUP_REQUIRED,
  });
