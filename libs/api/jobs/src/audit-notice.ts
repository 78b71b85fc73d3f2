import type { TransactionConnection } from './job-queue';
import { JobQueue, NOTICE_QUEUE } from './job-queue';

/** Job name of moderation actions taken in any domain: consumed by the moderation domain's audit log. */
export const AUDIT_NOTICE = 'notice-moderation-audit';

/**
 * One moderation action (a pin, a lock, a removal, a suspended membership), written
 * in the transaction that took it, so the one audit log misses none and no domain
 * reads another's tables.
 */
export interface AuditNotice {
  /** Unique per action (e.g. the forum's moderation_actions id): handling it twice logs it once. */
  key: string;
  networkId: string | null;
  spaceId: string | null;
  actorId: string | null;
  action: string;
  subjectKind: string;
  subjectId: string | null;
  note: string;
  /** ISO time of the action. */
  at: string;
}

export function sendAuditNotice(jobs: JobQueue, tx: TransactionConnection, notice: AuditNotice): Promise<string | null> {
  return jobs.sendWithin(tx, AUDIT_NOTICE, notice, NOTICE_QUEUE);
}
