import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { Caller } from '@community-hub/api-common';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { ConsortiaNotices } from './consortia.notices';
import { DeadlineReminderEntity } from './entities/deadline-reminder.entity';

/** Reminders are due this many days before a deadline (each at most once per organisation). */
export const REMINDER_DAYS_BEFORE = [7, 1] as const;
const SWEEP_EVERY_MS = 15 * 60_000;
const SWEEP_LOCK_KEY = 724_201_006;

/**
 * Records a due reminder for every organisation interested in an opportunity
 * or in a consortium bidding for it, when one of its deadlines (clarification
 * questions, expression of interest, submission) is 7 days and 1 day away.
 * Each is handed to notifications as a notice written with the row (so it is
 * marked delivered at once), and the sweep is idempotent (one row per
 * opportunity, organisation, deadline and reminder day).
 */
@Injectable()
export class DeadlineRemindersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeadlineRemindersService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(DeadlineReminderEntity) private readonly reminders: Repository<DeadlineReminderEntity>,
    private readonly access: SpaceAccessService,
    private readonly notices: ConsortiaNotices,
  ) {}

  /**
   * Creates the reminders due at `now` that do not exist yet, each with its notice
   * (in the same transaction: notifications deliver it); returns how many it created.
   */
  async recordDueReminders(now = new Date()): Promise<number> {
    // Window per reminder day: from N days before the deadline until the next, shorter reminder is due.
    const windows = REMINDER_DAYS_BEFORE.map((days, i) => [days, REMINDER_DAYS_BEFORE[i + 1] ?? 0]);
    return this.db.transaction(async (tx) => {
      const created: { id: string }[] = await tx.query(
        `INSERT INTO deadline_reminders (opportunity_id, organisation_id, consortium_id, kind, deadline_at, days_before, delivered_at)
         SELECT DISTINCT ON (d.opportunity_id, r.organisation_id, d.kind, w.days_before)
                d.opportunity_id, r.organisation_id, r.consortium_id, d.kind, d.at, w.days_before, now()
         FROM (
           SELECT o.id AS opportunity_id, k.kind::deadline_kind AS kind, k.at
           FROM opportunities o
           CROSS JOIN LATERAL (VALUES ('CLARIFICATION', o.clarification_deadline),
                                      ('EXPRESSION_OF_INTEREST', o.expression_of_interest_deadline),
                                      ('SUBMISSION', o.deadline)) AS k(kind, at)
           WHERE k.at IS NOT NULL AND k.at > $1::timestamptz AND k.at <= $1::timestamptz + interval '${REMINDER_DAYS_BEFORE[0]} days'
         ) d
         JOIN (
           SELECT i.opportunity_id, i.organisation_id, NULL::uuid AS consortium_id FROM opportunity_interests i
           UNION ALL
           SELECT c.opportunity_id, cm.organisation_id, c.id FROM consortia c
           JOIN consortium_members cm ON cm.consortium_id = c.id AND cm.status = 'ACCEPTED'
           WHERE c.status IN ('FORMING', 'SUBMITTED')
         ) r ON r.opportunity_id = d.opportunity_id
         JOIN (SELECT * FROM unnest($2::int[], $3::int[]) AS w(days_before, until_days)) w
           ON $1::timestamptz >= d.at - make_interval(days => w.days_before)
          AND $1::timestamptz < d.at - make_interval(days => w.until_days)
         ORDER BY d.opportunity_id, r.organisation_id, d.kind, w.days_before, r.consortium_id NULLS LAST
         ON CONFLICT ON CONSTRAINT deadline_reminders_once_key DO NOTHING
         RETURNING id`,
        [now, windows.map((w) => w[0]), windows.map((w) => w[1])],
      );
      await this.notices.deadlinesDue(tx, created.map((r) => r.id));
      return created.length;
    });
  }

  /**
   * Reminders for organisations the caller represents, soonest deadline first: only those whose
   * opportunity (its network) and consortium the caller may read now, by the same check as the
   * `opportunity` and `consortium` queries (a suspended or departed member sees none of them).
   */
  async listMine(caller: Caller, now = new Date()): Promise<DeadlineReminderEntity[]> {
    const readable = this.access.spacesSql(SpacePermission.READ, ':caller');
    return this.reminders
      .createQueryBuilder('d')
      .innerJoin('organisation_representatives', 'r', 'r.organisation_id = d.organisation_id AND r.user_id = :caller', { caller: caller.userId })
      .innerJoin('opportunities', 'o', 'o.id = d.opportunity_id')
      .where('d.deadline_at > :now', { now })
      .andWhere(`o.network_id IN (${readable})`)
      .andWhere(`(d.consortium_id IS NULL OR d.consortium_id IN (${readable}))`)
      .orderBy('d.deadline_at', 'ASC')
      .addOrderBy('d.days_before', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .take(100)
      .getMany();
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweepOnce(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One API process at a time (advisory lock). */
  private async sweepOnce(): Promise<void> {
    const runner = this.db.createQueryRunner();
    try {
      await runner.connect();
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [SWEEP_LOCK_KEY]);
      if (!locked) return;
      try {
        const created = await this.recordDueReminders();
        if (created) this.logger.log(`Recorded ${created} deadline reminders`);
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [SWEEP_LOCK_KEY]);
      }
    } catch (error) {
      this.logger.warn(`Deadline reminder sweep failed: ${(error as Error).message}`);
    } finally {
      await runner.release();
    }
  }
}
