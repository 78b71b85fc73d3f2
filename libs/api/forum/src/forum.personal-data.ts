import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type ErasedPerson, PersonalDataRegistry, type PersonalDataWriter } from '@community-hub/api-accounts';

/**
 * The forum's share of a person's data rights: their threads and posts are exported;
 * at deletion they stay (shown as "Former member"), and only what the forum keeps
 * about the reader (read positions, watches) is erased.
 */
@Injectable()
export class ForumPersonalData implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register({ domain: 'forum', export: (userId, out) => this.export(userId, out), erase: (person, tx) => this.erase(person, tx) });
  }

  async export(userId: string, out: PersonalDataWriter): Promise<void> {
    const threads = await this.db.query(
      `SELECT t.id, t.title, t.tags, n.slug AS network, t.created_at AS "createdAt" FROM threads t LEFT JOIN networks n ON n.id = t.network_id
        WHERE t.author_id = $1 ORDER BY t.created_at`,
      [userId],
    );
    await out.json('threads-started.json', threads);
    const posts = await this.db.query(
      `SELECT p.id, p.thread_id AS "threadId", t.title AS "threadTitle", n.slug AS network, p.position, p.body,
              p.created_at AS "createdAt", p.edited_at AS "editedAt", p.deleted_at AS "removedAt"
         FROM posts p JOIN threads t ON t.id = p.thread_id LEFT JOIN networks n ON n.id = t.network_id
        WHERE p.author_id = $1 ORDER BY p.created_at`,
      [userId],
    );
    await out.json('posts.json', posts);
  }

  async erase(person: ErasedPerson, tx: EntityManager): Promise<void> {
    await tx.query('DELETE FROM thread_readers WHERE user_id = $1', [person.userId]);
  }
}
