import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type HandoverItem, PersonalDataRegistry, type PersonalDataWriter } from '@community-hub/api-accounts';

/**
 * The consortia domain's share of a person's data rights: the expressions of interest
 * they wrote (exported), and the active consortia whose lead organisation they alone
 * represent (handed over before deletion, or the bid would have nobody to run it).
 */
@Injectable()
export class ConsortiaPersonalData implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      domain: 'consortia',
      export: (userId, out) => this.export(userId, out),
      handoverRequired: (userId, tx) => this.handoverRequired(userId, tx),
    });
  }

  async export(userId: string, out: PersonalDataWriter): Promise<void> {
    const interests = await this.db.query(
      `SELECT i.id, o.title AS opportunity, org.name AS organisation, i.role, i.lots, i.capabilities, i.capacity, i.areas, i.services, i.note,
              i.created_at AS "createdAt", i.updated_at AS "updatedAt"
         FROM opportunity_interests i JOIN opportunities o ON o.id = i.opportunity_id JOIN organisations org ON org.id = i.organisation_id
        WHERE i.created_by_id = $1 ORDER BY i.created_at`,
      [userId],
    );
    await out.json('interests.json', interests);
  }

  async handoverRequired(userId: string, tx: EntityManager): Promise<HandoverItem[]> {
    const rows: { id: string; name: string; organisation: string }[] = await tx.query(
      `SELECT c.id, c.name, org.name AS organisation FROM consortia c
         JOIN organisation_representatives r ON r.organisation_id = c.lead_organisation_id AND r.user_id = $1
         JOIN organisations org ON org.id = c.lead_organisation_id
        WHERE c.status IN ('FORMING', 'SUBMITTED')
          AND NOT EXISTS (SELECT 1 FROM organisation_representatives o WHERE o.organisation_id = c.lead_organisation_id AND o.user_id <> $1)
        ORDER BY c.name`,
      [userId],
    );
    return rows.map((row) => ({
      kind: 'CONSORTIUM' as const,
      id: row.id,
      name: row.name,
      message: `add another representative of ${row.organisation}, which leads the consortium ${row.name}`,
    }));
  }
}
