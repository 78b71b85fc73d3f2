import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { currentRequestId, runInRequestScope } from '@community-hub/api-common';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  databaseUrl: string;
  /** How often an idle worker looks for new jobs (pg-boss allows 0.5 s at least). */
  pollingIntervalSeconds?: number;
  /** Connections pg-boss may open (besides the app's own pool). */
  poolSize?: number;
}

/** How a job name behaves: set once per name, the first time it is sent to or worked on. */
export interface QueueOptions {
  /** Retries after the first attempt fails (0: no retry). */
  retryLimit?: number;
  /** Seconds before the first retry. */
  retryDelaySeconds?: number;
  /** Double the delay (with jitter) on every further retry. */
  retryBackoff?: boolean;
  /** An attempt still running after this long counts as failed. */
  expireInSeconds?: number;
}

export interface SendOptions {
  /** Run no earlier than this. */
  startAfter?: Date;
  /** With the same key, only one job of this name waits at a time. */
  singletonKey?: string;
}

export interface Job<T> {
  id: string;
  name: string;
  data: T;
  /** 1 on the first attempt. */
  attempt: number;
  /** True when a failure now is final: no retry follows. */
  lastAttempt: boolean;
  /** The id of the request that queued it (or `job-<id>`): log lines written while it runs carry it. */
  requestId: string;
}

/** Where the queuing request's id travels inside the job's data (removed before the handler sees the data). */
const REQUEST_ID_KEY = '__requestId';

export type JobHandler<T> = (job: Job<T>) => Promise<void>;

const DEFAULT_QUEUE: Required<QueueOptions> = { retryLimit: 3, retryDelaySeconds: 30, retryBackoff: true, expireInSeconds: 15 * 60 };

/**
 * A small, generic face on pg-boss: `work(name, handler, options)` registers the
 * handler for a job name, `send(name, data)` queues a job. A handler that throws
 * is retried (with backoff) up to the name's retry limit; each job gets its
 * attempt number and whether it is the last one, so the handler can record a
 * final failure. Several API processes may share the queue: each job runs once.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Promise<void>>();
  private started = false;

  constructor(@Inject(JOBS_OPTIONS) private readonly options: JobsOptions) {
    this.boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: 'pgboss',
      application_name: 'community-hub-jobs',
      max: options.poolSize ?? 4,
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      // pg-boss 10 only runs cron schedules with this on; no one uses them yet.
      schedule: false,
    });
    // pg-boss reports failures of its own loops here; without a listener an EventEmitter would throw.
    this.boss.on('error', (error) => this.logger.warn(`Job queue: ${error.message}`));
  }

  /** Creates or upgrades the `pgboss` schema (under pg-boss's own advisory lock) and starts maintenance. */
  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  /** Stops polling, lets running handlers finish (up to 10 s), then closes pg-boss's connections. */
  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 });
  }

  /** Queues a job; resolves with its id once it is stored. */
  async send<T extends object>(name: string, data: T, options: SendOptions & QueueOptions = {}): Promise<string | null> {
    await this.ensureQueue(name, options);
    const requestId = currentRequestId();
    return this.boss.send(name, requestId ? { ...data, [REQUEST_ID_KEY]: requestId } : data, {
      startAfter: options.startAfter,
      singletonKey: options.singletonKey,
    });
  }

  /** Runs `handler` for every job of this name, one at a time per process. */
  async work<T extends object>(name: string, handler: JobHandler<T>, options: QueueOptions = {}): Promise<void> {
    await this.ensureQueue(name, options);
    await this.boss.work<T & { [REQUEST_ID_KEY]?: string }>(name, { includeMetadata: true, batchSize: 1 }, async ([job]) => {
      const { [REQUEST_ID_KEY]: queuedBy, ...data } = job.data;
      const requestId = queuedBy ?? `job-${job.id}`;
      await runInRequestScope({ requestId }, () =>
        handler({
          id: job.id,
          name: job.name,
          data: data as T,
          attempt: job.retryCount + 1,
          lastAttempt: job.retryCount >= job.retryLimit,
          requestId,
        }),
      );
    });
  }

  /** A job's state, for tests and diagnostics. */
  async state(name: string, id: string): Promise<string | null> {
    return (await this.boss.getJobById(name, id, { includeArchive: true }))?.state ?? null;
  }

  /** Jobs waiting (created, retry) and running (active) per job name, for metrics. */
  async depth(): Promise<{ name: string; state: string; count: number }[]> {
    if (!this.started) return [];
    const db = this.boss.getDb() as { executeSql(sql: string, values?: unknown[]): Promise<{ rows: { name: string; state: string; count: number }[] }> };
    const { rows } = await db.executeSql(
      "SELECT name, state::text AS state, count(*)::int AS count FROM pgboss.job WHERE state IN ('created', 'retry', 'active') GROUP BY 1, 2",
    );
    return rows;
  }

  private ensureQueue(name: string, options: QueueOptions): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      const settings = { ...DEFAULT_QUEUE, ...options };
      created = (async () => {
        if (await this.boss.getQueue(name)) return;
        await this.boss.createQueue(name, {
          name,
          retryLimit: settings.retryLimit,
          retryDelay: settings.retryDelaySeconds,
          retryBackoff: settings.retryBackoff,
          expireInSeconds: settings.expireInSeconds,
        });
      })();
      // A failed attempt (database away) is tried again next time.
      created.catch(() => this.queues.delete(name));
      this.queues.set(name, created);
    }
    return created;
  }
}
