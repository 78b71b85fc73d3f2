import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { JobQueue } from '@community-hub/api-jobs';

/** The nightly job that deletes old notifications (03:15 UTC, one run per night across every instance). */
export const NOTIFICATIONS_PURGE_JOB = 'notifications.purge';
export const NOTIFICATIONS_PURGE_CRON = '15 3 * * *';
/** Rows deleted per statement, so a first purge of a large table never holds long locks. */
const PURGE_BATCH = 5000;

/**
 * Retention (privacy notice, "How long we keep it"): a notification is kept for
 * NOTIFICATION_RETENTION_MONTHS (12 by default) after it was made, read or not, then deleted.
 */
@Injectable()
export class NotificationRetentionService implements OnModuleInit {
  private readonly logger = new Logger('NotificationRetention');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.schedule(NOTIFICATIONS_PURGE_JOB, NOTIFICATIONS_PURGE_CRON);
    await this.jobs.work(NOTIFICATIONS_PURGE_JOB, async () => {
      const deleted = await this.purge();
      if (deleted) this.logger.log(`Deleted ${deleted} notification(s) older than ${this.config.notificationRetentionMonths} months`);
    });
  }

  /** Deletes every notification made before `now` minus the retention period; answers how many. */
  async purge(now = new Date()): Promise<number> {
    const months = this.config.notificationRetentionMonths;
    let total = 0;
    for (;;) {
      const rows = (await this.db.query(
        `WITH old AS (
           SELECT id FROM notifications WHERE created_at < $1::timestamptz - make_interval(months => $2::int) LIMIT ${PURGE_BATCH}
         )
         DELETE FROM notifications n USING old WHERE n.id = old.id RETURNING n.id`,
        [now.toISOString(), months],
      )) as [unknown[], number] | unknown[];
      // TypeORM answers a DELETE ... RETURNING with [rows, count] on PostgreSQL.
      const count = Array.isArray(rows[0]) ? (rows as [unknown[], number])[1] : rows.length;
      total += count;
      if (count < PURGE_BATCH) return total;
    }
  }
}
