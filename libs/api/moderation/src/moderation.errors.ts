import { DomainError, ErrorCode } from '@community-hub/api-common';

/** Why the moderation domain refused, in `extensions.reason` (beside the global `code`). */
export enum ModerationErrorReason {
  NEWCOMER_POST_LIMIT = 'NEWCOMER_POST_LIMIT',
  NEWCOMER_LINK_LIMIT = 'NEWCOMER_LINK_LIMIT',
  ACTION_NOT_AVAILABLE = 'ACTION_NOT_AVAILABLE',
  ALREADY_RESOLVED = 'ALREADY_RESOLVED',
  CANNOT_BLOCK_SELF = 'CANNOT_BLOCK_SELF',
}

export const newcomerLimited = (reason: ModerationErrorReason, message: string) =>
  new DomainError(ErrorCode.RATE_LIMITED, message, { reason });

export const actionNotAvailable = (message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { reason: ModerationErrorReason.ACTION_NOT_AVAILABLE, fields: [{ field: 'action', message }] });

export const alreadyResolved = () =>
  new DomainError(ErrorCode.CONFLICT, 'This report has already been resolved', { reason: ModerationErrorReason.ALREADY_RESOLVED });
