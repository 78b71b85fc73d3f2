import { DomainError, ErrorCode } from '@community-hub/api-common';

/** Why the forum refused, in `extensions.reason` (beside the global `code`). */
export enum ForumErrorReason {
  /** CONFLICT: approving or rejecting a post that is not (or no longer) waiting for approval. */
  NOT_AWAITING_APPROVAL = 'NOT_AWAITING_APPROVAL',
  /** FORBIDDEN: replying to a thread that is still waiting for a coordinator's approval. */
  THREAD_AWAITING_APPROVAL = 'THREAD_AWAITING_APPROVAL',
}

export const notAwaitingApproval = () =>
  new DomainError(ErrorCode.CONFLICT, 'This post is not waiting for approval (it may have been handled already)', {
    reason: ForumErrorReason.NOT_AWAITING_APPROVAL,
  });

export const threadAwaitingApproval = () =>
  new DomainError(ErrorCode.FORBIDDEN, "This thread is waiting for a coordinator's approval; replies can be added once it is published", {
    reason: ForumErrorReason.THREAD_AWAITING_APPROVAL,
  });
