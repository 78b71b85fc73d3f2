import { Injectable } from '@nestjs/common';
import { JobQueue, NOTICE_QUEUE, type TransactionConnection } from '@community-hub/api-jobs';

/** Job name of the consortia domain's notices: written in the transaction of the change, consumed by notifications. */
export const CONSORTIA_NOTICE = 'notice-consortia';

/** A change in consortia, with what another domain needs to act on it without reading the consortia's tables. */
export type ConsortiaNotice =
  | {
      /** An organisation was invited (again), or answered an invitation. */
      change: 'INVITED' | 'RESPONDED';
      memberId: string;
      /** The membership's status after the change (INVITED, ACCEPTED, DECLINED). */
      status: string;
      /** When the membership changed: an invitation renewed after a refusal is a new one. */
      changedAt: string;
      organisationName: string;
      consortiumId: string;
      consortiumName: string;
      leadName: string;
      networkId: string;
      networkSlug: string;
      /** Representatives of the invited organisation (INVITED) or of the lead (RESPONDED). */
      representativeIds: string[];
    }
  | {
      /** A deadline reminder became due for an organisation. */
      change: 'DEADLINE_DUE';
      reminderId: string;
      kind: string;
      daysBefore: number;
      opportunityId: string;
      opportunityTitle: string;
      networkId: string;
      networkSlug: string;
      /** Representatives of the reminded organisation. */
      representativeIds: string[];
    };

/** Writes the consortia domain's notices inside its own transactions. */
@Injectable()
export class ConsortiaNotices {
  constructor(private readonly jobs: JobQueue) {}

  async member(tx: TransactionConnection, change: 'INVITED' | 'RESPONDED', memberId: string): Promise<void> {
    const [m]: {
      status: string; updated_at: Date; organisation: string; consortium_id: string; consortium: string; lead: string; network_id: string; slug: string; representatives: string[];
    }[] = await tx.query(
      `SELECT cm.status, cm.updated_at, o.name AS organisation, c.id AS consortium_id, c.name AS consortium, lo.name AS lead, c.network_id, n.slug,
              coalesce((SELECT array_agg(r.user_id::text) FROM organisation_representatives r
                         WHERE r.organisation_id = CASE WHEN $2 = 'INVITED' THEN cm.organisation_id ELSE c.lead_organisation_id END), '{}') AS representatives
         FROM consortium_members cm JOIN consortia c ON c.id = cm.consortium_id JOIN organisations o ON o.id = cm.organisation_id
         JOIN organisations lo ON lo.id = c.lead_organisation_id JOIN networks n ON n.id = c.network_id
        WHERE cm.id = $1`,
      [memberId, change],
    );
    const notice: ConsortiaNotice = {
      change,
      memberId,
      status: m.status,
      changedAt: new Date(m.updated_at).toISOString(),
      organisationName: m.organisation,
      consortiumId: m.consortium_id,
      consortiumName: m.consortium,
      leadName: m.lead,
      networkId: m.network_id,
      networkSlug: m.slug,
      representativeIds: m.representatives,
    };
    await this.jobs.sendWithin(tx, CONSORTIA_NOTICE, notice, NOTICE_QUEUE);
  }

  async deadlinesDue(tx: TransactionConnection, reminderIds: string[]): Promise<void> {
    if (!reminderIds.length) return;
    const due: { id: string; kind: string; days_before: number; opportunity_id: string; title: string; network_id: string; slug: string; representatives: string[] }[] = await tx.query(
      `SELECT r.id, r.kind, r.days_before, o.id AS opportunity_id, o.title, o.network_id, n.slug,
              coalesce((SELECT array_agg(rep.user_id::text) FROM organisation_representatives rep WHERE rep.organisation_id = r.organisation_id), '{}') AS representatives
         FROM deadline_reminders r JOIN opportunities o ON o.id = r.opportunity_id JOIN networks n ON n.id = o.network_id
        WHERE r.id = ANY($1::uuid[])`,
      [reminderIds],
    );
    for (const r of due) {
      const notice: ConsortiaNotice = {
        change: 'DEADLINE_DUE',
        reminderId: r.id,
        kind: r.kind,
        daysBefore: r.days_before,
        opportunityId: r.opportunity_id,
        opportunityTitle: r.title,
        networkId: r.network_id,
        networkSlug: r.slug,
        representativeIds: r.representatives,
      };
      await this.jobs.sendWithin(tx, CONSORTIA_NOTICE, notice, NOTICE_QUEUE);
    }
  }
}
