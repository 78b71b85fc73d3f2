import { Injectable } from '@nestjs/common';
import { JobQueue, NOTICE_QUEUE, sendAuditNotice, type TransactionConnection } from '@community-hub/api-jobs';

/** Job name of the networks domain's notices: written in the transaction of the change, consumed by notifications. */
export const NETWORKS_NOTICE = 'notice-networks';

/** A membership was created or changed, with what another domain needs to act on it without reading the networks' tables. */
export interface NetworksNotice {
  change: 'MEMBERSHIP_UPDATED';
  membershipId: string;
  userId: string;
  userName: string;
  networkId: string;
  networkName: string;
  networkSlug: string;
  status: string;
  /** null for a new membership (a request or a join), so a request can be told from an approval. */
  previousStatus: string | null;
  /** The network's active coordinators and admins as the change committed. */
  moderatorIds: string[];
}

/** Writes the networks domain's notices inside its own transactions. */
@Injectable()
export class NetworksNotices {
  constructor(private readonly jobs: JobQueue) {}

  async membershipUpdated(
    tx: TransactionConnection,
    membership: { id: string; userId: string; networkId: string; status: string },
    previousStatus: string | null,
  ): Promise<void> {
    const [facts]: { user_name: string; network_name: string; slug: string; moderators: string[] }[] = await tx.query(
      `SELECT u.name AS user_name, n.name AS network_name, n.slug,
              coalesce((SELECT array_agg(m.user_id::text) FROM memberships m
                         WHERE m.network_id = n.id AND m.status = 'ACTIVE' AND m.role IN ('COORDINATOR', 'ADMIN')), '{}') AS moderators
         FROM networks n CROSS JOIN users u WHERE n.id = $1 AND u.id = $2`,
      [membership.networkId, membership.userId],
    );
    const notice: NetworksNotice = {
      change: 'MEMBERSHIP_UPDATED',
      membershipId: membership.id,
      userId: membership.userId,
      userName: facts.user_name,
      networkId: membership.networkId,
      networkName: facts.network_name,
      networkSlug: facts.slug,
      status: membership.status,
      previousStatus,
      moderatorIds: facts.moderators,
    };
    await this.jobs.sendWithin(tx, NETWORKS_NOTICE, notice, NOTICE_QUEUE);
  }

  /** A coordinator suspended or reinstated a membership: for the moderation audit log. */
  async membershipModerated(tx: TransactionConnection, membership: { id: string; networkId: string }, actorId: string, suspended: boolean): Promise<void> {
    await sendAuditNotice(this.jobs, tx, {
      key: `membership:${membership.id}:${Date.now()}`,
      networkId: membership.networkId,
      spaceId: membership.networkId,
      actorId,
      action: suspended ? 'MEMBERSHIP_SUSPENDED' : 'MEMBERSHIP_REINSTATED',
      subjectKind: 'MEMBERSHIP',
      subjectId: membership.id,
      note: '',
      at: new Date().toISOString(),
    });
  }
}
