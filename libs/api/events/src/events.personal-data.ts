import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PersonalDataRegistry, type PersonalDataWriter } from '@community-hub/api-accounts';

/** The events domain's share of a person's data rights: their RSVPs and the events they organise. */
@Injectable()
export class EventsPersonalData implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register({ domain: 'events', export: (userId, out) => this.export(userId, out) });
  }

  async export(userId: string, out: PersonalDataWriter): Promise<void> {
    const rsvps = await this.db.query(
      `SELECT e.id AS "eventId", e.title, e.starts_at AS "startsAt", n.slug AS network, r.status, r.guests,
              r.created_at AS "createdAt", r.updated_at AS "updatedAt"
         FROM event_rsvps r JOIN events e ON e.id = r.event_id LEFT JOIN networks n ON n.id = e.network_id
        WHERE r.user_id = $1 ORDER BY e.starts_at`,
      [userId],
    );
    await out.json('rsvps.json', rsvps);
    const organised = await this.db.query(
      `SELECT e.id, e.title, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.status, n.slug AS network, e.created_at AS "createdAt"
         FROM events e LEFT JOIN networks n ON n.id = e.network_id WHERE e.organiser_id = $1 ORDER BY e.starts_at`,
      [userId],
    );
    await out.json('events-organised.json', organised);
  }
}
