import cluster from 'node:cluster';
import type { AppConfig } from './app-config';

/**
 * True in a worker process forked by the API's own primary (API_WORKERS > 1).
 * Whatever must cover the whole installation rather than one process (auth
 * rate limits, `/metrics`) then goes through the primary over IPC.
 */
export function isApiWorker(config: Pick<AppConfig, 'workers'>): boolean {
  return config.workers > 1 && cluster.isWorker;
}
