import { Logger } from '@nestjs/common';
import cluster from 'node:cluster';
import type { AppConfig } from '@community-hub/api-config';
import { type createApp, listenOrExit } from '../create-app';
import { answerMetricsCollection } from '../metrics/installation-metrics';
import { takeHandoff } from './infrastructure-handoff';

/**
 * One of API_WORKERS processes: builds the app on the primary's database and
 * object store and listens on the shared port. It owns no infrastructure, so
 * stopping only closes the app; the primary restarts it if it dies.
 */
export async function runWorker(config: AppConfig): Promise<void> {
  const logger = new Logger(`Worker ${cluster.worker?.id ?? '?'}`);
  // Before anything slow: the primary's metrics rounds must not wait on a worker that is still starting.
  answerMetricsCollection();
  const infrastructure = takeHandoff();
  if (!infrastructure) {
    // Forked by something other than our primary (e.g. a process manager's cluster mode).
    logger.error(`API_WORKERS=${config.workers} needs this process to fork its own workers; under a process manager that forks, set API_WORKERS=1`);
    process.exit(78);
  }
  // Filled once it listens; a signal during start-up still ends the process.
  const running: { app?: Awaited<ReturnType<typeof createApp>> } = {};
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.app?.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  // The primary is gone (killed): no connections come any more, and nobody would restart this worker.
  process.once('disconnect', () => void stop());
  running.app = await listenOrExit(config, infrastructure, logger);
}
