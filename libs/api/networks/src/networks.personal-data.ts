import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type ErasedPerson, type HandoverItem, PersonalDataRegistry, type PersonalDataWriter } from '@community-hub/api-accounts';

/**
 * The networks domain's share of a person's data rights: their memberships and the
 * organisations they represent (exported; erased at deletion), and the networks that
 * would be left without an admin or coordinator (handed over first).
 */
@Injectable()
export class NetworksPersonalData implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      domain: 'networks',
      export: (userId, out) => this.export(userId, out),
      handoverRequired: (userId, tx) => this.handoverRequired(userId, tx),
      erase: (person, tx) => this.erase(person, tx),
    });
  }

  async export(userId: string, out: PersonalDataWriter): Promise<void> {
    const memberships = await this.db.query(
      `SELECT n.name AS network, n.slug, m.role, m.status, o.name AS "onBehalfOf", m.created_at AS "joinedAt"
         FROM memberships m JOIN networks n ON n.id = m.network_id LEFT JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1 ORDER BY m.created_at`,
      [userId],
    );
    await out.json('memberships.json', memberships);
    const organisations = await this.db.query(
      `SELECT o.id, o.name, o.kind, o.description, o.website, o.charity_number AS "charityNumber", o.company_number AS "companyNumber",
              o.areas_served AS "areasServed", r.created_at AS "representingSince"
         FROM organisation_representatives r JOIN organisations o ON o.id = r.organisation_id
        WHERE r.user_id = $1 ORDER BY o.name`,
      [userId],
    );
    await out.json('organisations-represented.json', organisations);
  }

  /**
   * An active admin with no other active admin, or an active coordinator with no other
   * active admin or coordinator, would leave the network without anyone to run it.
   */
  async handoverRequired(userId: string, tx: EntityManager): Promise<HandoverItem[]> {
    const rows: { id: string; name: string; role: string }[] = await tx.query(
      `SELECT n.id, n.name, m.role::text AS role FROM memberships m JOIN networks n ON n.id = m.network_id
        WHERE m.user_id = $1 AND m.status = 'ACTIVE' AND m.role IN ('ADMIN', 'COORDINATOR')
          AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.network_id = m.network_id AND o.user_id <> m.user_id AND o.status = 'ACTIVE'
                           AND (o.role = 'ADMIN' OR (m.role = 'COORDINATOR' AND o.role = 'COORDINATOR')))
        ORDER BY n.name`,
      [userId],
    );
    return rows.map((row) => ({
      kind: 'NETWORK' as const,
      id: row.id,
      name: row.name,
      message:
        row.role === 'ADMIN'
          ? `make another member an admin of ${row.name}`
          : `make another member a coordinator of ${row.name}`,
    }));
  }

  async erase(person: ErasedPerson, tx: EntityManager): Promise<void> {
    await tx.query('DELETE FROM memberships WHERE user_id = $1', [person.userId]);
    await tx.query('DELETE FROM organisation_representatives WHERE user_id = $1', [person.userId]);
  }
}
