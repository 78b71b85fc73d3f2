import { DomainError, ErrorCode } from '@community-hub/api-common';

/** Why a statements operation was refused (`extensions.reason`), for clients to branch on. */
export enum StatementsErrorReason {
  /** acceptTerms was sent a version that is not the current one (the terms changed meanwhile). */
  TERMS_VERSION_NOT_CURRENT = 'TERMS_VERSION_NOT_CURRENT',
  /** Two admins published a new version at the same moment; the later one should reload and retry. */
  STATEMENT_EDITED_CONCURRENTLY = 'STATEMENT_EDITED_CONCURRENTLY',
}

export const termsVersionNotCurrent = (current: number) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, `The current terms are version ${current}: read them again and accept that version`, {
    reason: StatementsErrorReason.TERMS_VERSION_NOT_CURRENT,
    currentVersion: current,
  });

export const editedConcurrently = () =>
  new DomainError(ErrorCode.CONFLICT, 'Someone else published a new version at the same moment: reload it and edit again', {
    reason: StatementsErrorReason.STATEMENT_EDITED_CONCURRENTLY,
  });
