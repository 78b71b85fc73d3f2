import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

/**
 * `/metrics` with API_WORKERS > 1: whichever worker answers the scrape asks the
 * primary, which collects every worker's registry (prom-client's
 * AggregatorRegistry, over the cluster's IPC channel) and sends back the sum.
 */
const REQUEST = 'community-hub:metrics-request';
const ANSWER = 'community-hub:metrics-answer';

interface MetricsRequest {
  type: typeof REQUEST;
  id: number;
}

interface MetricsAnswer {
  type: typeof ANSWER;
  id: number;
  body?: string;
  error?: string;
}

/** prom-client gives up on a silent worker after 5 s and reports an error; a worker waits a little longer for that report. */
export const INSTALLATION_METRICS_TIMEOUT_MS = 6000;

/** In the primary, before forking: answers the workers' requests with every worker's metrics, aggregated. */
export function serveInstallationMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker: Worker, message: MetricsRequest) => {
    if (message?.type !== REQUEST) return;
    const answer = (reply: Omit<MetricsAnswer, 'type' | 'id'>) => {
      if (worker.isConnected()) worker.send({ type: ANSWER, id: message.id, ...reply } satisfies MetricsAnswer);
    };
    aggregator.clusterMetrics().then(
      (body) => answer({ body }),
      (error: Error) => answer({ error: error.message }),
    );
  });
}

/**
 * In a worker, as soon as it starts: answers the primary's collection rounds,
 * with nothing until the app's registry is shared (a worker still starting must
 * not make every scrape wait for prom-client's timeout).
 */
export function answerMetricsCollection(): void {
  AggregatorRegistry.setRegistries([]);
  new AggregatorRegistry(); // installs prom-client's worker-side listener (once per process)
}

/** In a worker: the registry the primary collects from now on. */
export function shareWorkerRegistry(registry: Registry): void {
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

let nextId = 0;
const pending = new Map<number, { resolve(body: string): void; reject(error: Error): void }>();
let listening = false;

/** In a worker: the whole installation's metrics text, from the primary; rejects if it does not answer in time. */
export function requestInstallationMetrics(timeoutMs = INSTALLATION_METRICS_TIMEOUT_MS): Promise<string> {
  if (!process.send) return Promise.reject(new Error('not a worker: no channel to the primary'));
  if (!listening) {
    listening = true;
    process.on('message', (message: MetricsAnswer) => {
      if (message?.type !== ANSWER) return;
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.body !== undefined) waiter?.resolve(message.body);
      else waiter?.reject(new Error(message.error ?? 'no metrics'));
    });
  }
  const id = nextId++;
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      reject(new Error(`the primary process did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    pending.set(id, {
      resolve: (body) => (clearTimeout(timer), resolve(body)),
      reject: (error) => (clearTimeout(timer), reject(error)),
    });
    process.send!({ type: REQUEST, id } satisfies MetricsRequest, undefined, undefined, (error: Error | null) => {
      if (!error) return;
      pending.get(id)?.reject(error);
      pending.delete(id);
    });
  });
}
