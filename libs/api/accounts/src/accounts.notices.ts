/** The job name of the accounts domain's notices (consumed by notifications). */
export const ACCOUNTS_NOTICE = 'accounts.notice';

/** A person's data export is ready to download. */
export interface AccountsNotice {
  change: 'DATA_EXPORT_READY';
  userId: string;
  exportId: string;
}
