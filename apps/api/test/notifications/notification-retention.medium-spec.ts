import { NotificationRetentionService, NOTIFICATIONS_PURGE_CRON, NOTIFICATIONS_PURGE_JOB } from '@community-hub/api-notifications';
import { startMediumTest, type MediumTest } from '../support/medium';

/** The nightly purge's handler, run directly against real PostgreSQL with a 12-month retention (the default). */
describe('notification retention', () => {
  let m: MediumTest;
  beforeAll(async () => {
    m = await startMediumTest();
  });
  afterAll(() => m.close());

  async function notificationAt(userId: string, createdAt: string, title: string): Promise<void> {
    const read = title.startsWith('read');
    await m.dataSource.query(
      `INSERT INTO notifications (user_id, kind, title, path, dedupe_key, created_at, read_at)
       VALUES ($1, 'REPLY', $2, '/', $3, $4::timestamptz, CASE WHEN $5::boolean THEN $4::timestamptz END)`,
      [userId, title, `test:${title}`, createdAt, read],
    );
  }

  it('deletes notifications older than NOTIFICATION_RETENTION_MONTHS, read or not, and keeps the rest', async () => {
    const ada = await m.user('Ada');
    const bo = await m.user('Bo');
    const now = new Date('2026-12-07T03:15:00Z');
    await notificationAt(ada.userId, '2025-12-07T03:14:59Z', 'unread, just over 12 months');
    await notificationAt(bo.userId, '2024-01-01T00:00:00Z', 'read, two years old');
    await notificationAt(ada.userId, '2025-12-07T03:15:01Z', 'unread, just under 12 months');
    await notificationAt(bo.userId, '2026-12-01T00:00:00Z', 'read, last week');

    const retention = m.get(NotificationRetentionService);
    expect(await retention.purge(now)).toBe(2);
    const left = (await m.dataSource.query('SELECT title FROM notifications ORDER BY title')) as { title: string }[];
    expect(left.map((row) => row.title)).toEqual(['read, last week', 'unread, just under 12 months']);
    // Running it again the same night deletes nothing more.
    expect(await retention.purge(now)).toBe(0);
  });

  it('is scheduled nightly on the job queue', async () => {
    const [schedule] = (await m.dataSource.query('SELECT name, cron, timezone FROM pgboss.schedule WHERE name = $1', [NOTIFICATIONS_PURGE_JOB])) as {
      name: string;
      cron: string;
      timezone: string;
    }[];
    expect(schedule).toEqual({ name: NOTIFICATIONS_PURGE_JOB, cron: NOTIFICATIONS_PURGE_CRON, timezone: 'UTC' });
  });
});
