import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
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

/** How a worker fetches jobs. */
export interface WorkOptions extends QueueOptions {
  /** Jobs fetched at once (default 1); they run one after another. */
  batchSize?: number;
}

/**
 * Queue settings for notices (one domain telling another of a change): retried for
 * a while, since consumers are idempotent and a notice is worth waiting for.
 */
export const NOTICE_QUEUE: QueueOptions = { retryLimit: 10, retryDelaySeconds: 5, retryBackoff: true };

/** A transaction's connection: the TypeORM `EntityManager` that `transaction()` hands its callback. */
export type TransactionConnection = Pick<EntityManager, 'query'>;

/** Where the queuing request's id travels inside the job's data (removed before the handler sees the data). */
const REQUEST_ID_KEY = '__requestId';

export type JobHandler<T> = (job: Job<T>) => Promise<void>;

const DEADLOCK_DETECTED = '40P01';

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
  private creating: Promise<void> = Promise.resolve();
  private started = false;
  private starting: Promise<void> | null = null;
  /** Set at shutdown: a worker registered after it (a start-up hook still running) would poll for ever. */
  private stopped = false;
  private readonly workers = new Set<PollingWorker>();

  constructor(@Inject(JOBS_OPTIONS) private readonly options: JobsOptions) {
    this.boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: 'pgboss',
      application_name: 'community-hub-jobs',
      max: options.poolSize ?? 4,
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      // Cron schedules (`schedule()`): pg-boss checks them about every 30 s, one process at a time.
      schedule: true,
    });
    // pg-boss reports failures of its own loops here; without a listener an EventEmitter would throw.
    this.boss.on('error', (error) => this.logger.warn(`Job queue: ${error.message}`));
  }

  /** Creates or upgrades the `pgboss` schema (under pg-boss's own advisory lock) and starts maintenance. */
  async onModuleInit(): Promise<void> {
    await this.start();
  }

  /**
   * Starts pg-boss once: at module init, or earlier when a job is sent before it (the demo
   * data, loaded before the app's init, writes notices in its transactions).
   */
  private start(): Promise<void> {
    if (this.stopped) return Promise.reject(new Error('The job queue has been stopped'));
    if (!this.starting) {
      this.starting = this.boss.start().then(() => {
        this.started = true;
      });
      // A failed start (database away) is tried again next time.
      this.starting.catch(() => (this.starting = null));
    }
    return this.starting;
  }

  /** Stops polling, lets running handlers finish (up to 10 s), then closes pg-boss's connections. */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    // Workers finish the job in hand (up to 10 s), then stop polling.
    const workers = [...this.workers];
    for (const worker of workers) worker.wake();
    await withinSeconds(Promise.all(workers.map((worker) => worker.done)), 10).catch(() => undefined);
    // A start still under way (pg-boss started on first use) is waited for, so it is stopped too.
    await this.starting?.catch(() => undefined);
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, close: true, timeout: 10_000 });
  }

  /** Queues a job; resolves with its id once it is stored. A worker of this process wakes for it. */
  async send<T extends object>(name: string, data: T, options: SendOptions & QueueOptions = {}): Promise<string | null> {
    await this.ensureQueue(name, options);
    const requestId = currentRequestId();
    const id = await this.boss.send(name, requestId ? { ...data, [REQUEST_ID_KEY]: requestId } : data, {
      startAfter: options.startAfter,
      singletonKey: options.singletonKey,
    });
    if (!options.startAfter) for (const worker of this.workers) if (worker.name === name) worker.wake();
    return id;
  }

  /**
   * Queues a job as part of the caller's transaction: it exists if and only if the
   * transaction commits (pg-boss inserts the row through `tx`). This is how a domain
   * writes a notice of a change for another domain to act on (habit 13): no notice
   * is lost between the commit and a publish, and none is sent for a rolled-back change.
   */
  async sendWithin<T extends object>(tx: TransactionConnection, name: string, data: T, options: SendOptions & QueueOptions = {}): Promise<string | null> {
    // The queue (a partition in pg-boss 10) is created once, on pg-boss's own connection, before the insert.
    await this.ensureQueue(name, options);
    const requestId = currentRequestId();
    // For an INSERT ... RETURNING, TypeORM's query() answers with the rows: pg-boss wants `{ rows }`.
    const db = { executeSql: async (text: string, values?: unknown[]) => ({ rows: (await tx.query(text, values)) as unknown[] }) };
    return this.boss.send(name, requestId ? { ...data, [REQUEST_ID_KEY]: requestId } : data, {
      startAfter: options.startAfter,
      singletonKey: options.singletonKey,
      db,
    });
  }

  /**
   * Queues a job of this name on a cron schedule (UTC), e.g. a nightly purge: one job per
   * tick however many processes share the queue. Calling it again replaces the schedule;
   * register the handler with `work()` as for any job.
   */
  async schedule<T extends object>(name: string, cron: string, data: T = {} as T, options: QueueOptions = {}): Promise<void> {
    await this.ensureQueue(name, options);
    if (this.stopped) return;
    await this.boss.schedule(name, cron, data, { tz: 'UTC' });
  }

  /**
   * Runs `handler` for every job of this name, one at a time per process. With a
   * `batchSize`, a worker fetches that many jobs at once; they still run one after
   * another, and each fails or succeeds on its own.
   *
   * The loop is ours, on pg-boss's public `fetch`/`complete`/`fail`: pg-boss's own worker
   * does not wait for its `complete()` after a handler, so a database restart at that
   * moment ended the process with an unhandled rejection. Here every call is awaited, and a
   * failure to record an outcome is logged; pg-boss's maintenance retries the job when its
   * expiry passes, so nothing is lost.
   */
  async work<T extends object>(name: string, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    await this.ensureQueue(name, options);
    if (this.stopped) return;
    const worker = new PollingWorker(name, (this.options.pollingIntervalSeconds ?? 2) * 1000);
    this.workers.add(worker);
    worker.done = this.poll(worker, handler, options.batchSize ?? 1).finally(() => this.workers.delete(worker));
  }

  private async poll<T extends object>(worker: PollingWorker, handler: JobHandler<T>, batchSize: number): Promise<void> {
    const { name } = worker;
    while (!this.stopped) {
      let jobs: PgBoss.JobWithMetadata<T & { [REQUEST_ID_KEY]?: string }>[] = [];
      try {
        jobs = (await this.boss.fetch<T & { [REQUEST_ID_KEY]?: string }>(name, { batchSize, includeMetadata: true })) ?? [];
      } catch (error) {
        this.logger.warn(`Job queue: fetching ${name} failed: ${(error as Error).message}`);
      }
      for (const job of jobs) {
        try {
          // An attempt that outlives its expiry is left to pg-boss's maintenance, which retries it.
          await withinSeconds(this.run(handler, job), job.expireInSeconds);
          await this.boss.complete(name, job.id);
        } catch (error) {
          // pg-boss stores the error's name, message and stack (serialize-error).
          await this.boss.fail(name, job.id, error as Error).catch((recording: Error) =>
            this.logger.warn(`Job queue: recording the failure of ${name} ${job.id} failed (retried on expiry): ${recording.message}`),
          );
        }
      }
      // A full batch suggests more are waiting: fetch again at once.
      if (jobs.length < batchSize && !this.stopped) await worker.sleep();
    }
  }

  private run<T extends object>(handler: JobHandler<T>, job: PgBoss.JobWithMetadata<T & { [REQUEST_ID_KEY]?: string }>): Promise<void> {
    const { [REQUEST_ID_KEY]: queuedBy, ...data } = job.data;
    const requestId = queuedBy ?? `job-${job.id}`;
    return runInRequestScope({ requestId }, () =>
      handler({
        id: job.id,
        name: job.name,
        data: data as T,
        attempt: job.retryCount + 1,
        lastAttempt: job.retryCount >= job.retryLimit,
        requestId,
      }),
    );
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
      const started = this.start();
      const settings = { ...DEFAULT_QUEUE, ...options };
      const create = async () => {
        if (await this.boss.getQueue(name)) return;
        await this.boss.createQueue(name, {
          name,
          retryLimit: settings.retryLimit,
          retryDelay: settings.retryDelaySeconds,
          retryBackoff: settings.retryBackoff,
          expireInSeconds: settings.expireInSeconds,
        });
      };
      // pg-boss creates a queue's partition with ALTER TABLE: two at once deadlock, so this process
      // creates one at a time, and tries again when another process's creation deadlocked with it.
      created = Promise.all([started, this.creating]).then(async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await create();
          } catch (error) {
            if ((error as { code?: string }).code !== DEADLOCK_DETECTED || attempt >= 5) throw error;
          }
        }
      });
      this.creating = created.catch(() => undefined);
      // A failed attempt (database away) is tried again next time.
      created.catch(() => this.queues.delete(name));
      this.queues.set(name, created);
    }
    return created;
  }
}

/** One polling loop's state: its name, and a sleep between empty fetches that `wake()` cuts short. */
class PollingWorker {
  done: Promise<void> = Promise.resolve();
  private waking: (() => void) | null = null;
  private woken = false;

  constructor(
    readonly name: string,
    private readonly intervalMs: number,
  ) {}

  sleep(): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake(), this.intervalMs);
      this.waking = () => {
        clearTimeout(timer);
        this.waking = null;
        resolve();
      };
    });
  }

  wake(): void {
    if (this.waking) this.waking();
    else this.woken = true;
  }
}

/** Rejects when `promise` has not settled within `seconds` (the promise itself runs on). */
function withinSeconds<T>(promise: Promise<T>, seconds: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Still running after ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
