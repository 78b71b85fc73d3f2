import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FORMER_MEMBER_NAME, type ErasedPerson, PersonalDataRegistry, type PersonalDataWriter } from '@community-hub/api-accounts';

/**
 * The notifications domain's share of a person's data rights: their notifications and
 * email settings (exported; erased at deletion). Others' notifications about what the
 * person did keep the event but name them "Former member".
 */
@Injectable()
export class NotificationsPersonalData implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register({ domain: 'notifications', export: (userId, out) => this.export(userId, out), erase: (person, tx) => this.erase(person, tx) });
  }

  async export(userId: string, out: PersonalDataWriter): Promise<void> {
    const notifications = await this.db.query(
      `SELECT kind, title, body, path, created_at AS "createdAt", read_at AS "readAt", emailed_at AS "emailedAt"
         FROM notifications WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    await out.json('notifications.json', notifications);
    const preferences = await this.db.query(
      `SELECT n.slug AS network, p.email, p.updated_at AS "updatedAt" FROM notification_preferences p JOIN networks n ON n.id = p.network_id
        WHERE p.user_id = $1 ORDER BY n.slug`,
      [userId],
    );
    await out.json('email-preferences.json', preferences);
  }

  async erase(person: ErasedPerson, tx: EntityManager): Promise<void> {
    for (const table of ['notifications', 'notification_preferences', 'folder_watches', 'email_deliveries']) {
      await tx.query(`DELETE FROM ${table} WHERE user_id = $1`, [person.userId]);
    }
    // Titles were written with the actor's name ("Mel Member replied in …").
    if (person.formerName) {
      await tx.query(
        `UPDATE notifications SET title = left(replace(title, $2, $3), 300) WHERE actor_id = $1 AND position($2 in title) > 0`,
        [person.userId, person.formerName, FORMER_MEMBER_NAME],
      );
    }
  }
}
