import { Injectable } from '@nestjs/common';
import { JobQueue, NOTICE_QUEUE, type TransactionConnection } from '@community-hub/api-jobs';

/** Job name of the moderation domain's notices: written in the transaction of the change, consumed by notifications. */
export const MODERATION_NOTICE = 'notice-moderation';

/** A report received (the reporter is thanked) or resolved (each reporter of the thing is told the outcome). */
export interface ModerationNotice {
  change: 'REPORTED' | 'RESOLVED';
  /** The report ids, one per reporter told. */
  reports: { id: string; reporterId: string }[];
  kind: string;
  /** DISMISS, REMOVE_CONTENT or SUSPEND_AUTHOR when resolved. */
  action: string | null;
  networkId: string | null;
  excerpt: string;
}

@Injectable()
export class ModerationNotices {
  constructor(private readonly jobs: JobQueue) {}

  async write(tx: TransactionConnection, notice: ModerationNotice): Promise<void> {
    await this.jobs.sendWithin(tx, MODERATION_NOTICE, notice, NOTICE_QUEUE);
  }
}
