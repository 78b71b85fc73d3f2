import { Injectable, Logger } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { JobQueue } from '@community-hub/api-jobs';

/** Seconds; from a fast cached read to a slow upload completion. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Operation names come from clients: past this many distinct ones, new names are counted as "other". */
const MAX_OPERATION_NAMES = 200;

/** What the WebSocket server tells us about a connection (graphql-ws keeps `subscriptions` up to date). */
export interface LiveSocket {
  subscriptions: Record<string, unknown>;
}

/**
 * Prometheus metrics of this process, in a registry of its own (several apps can
 * live in one process, as in the tests). Served at `/metrics`; each instance
 * reports its own (Prometheus scrapes every instance and sums).
 */
@Injectable()
export class MetricsService {
  private readonly logger = new Logger(MetricsService.name);
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly sockets = new Set<LiveSocket>();

  readonly graphqlRequests = new Counter({
    name: 'community_hub_graphql_requests_total',
    help: 'GraphQL operations executed, by operation name, type and outcome (ok or the first error code).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'community_hub_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response.',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly httpRequests = new Counter({
    name: 'community_hub_http_requests_total',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'community_hub_http_request_duration_seconds',
    help: 'HTTP request latency by route.',
    labelNames: ['method', 'route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  constructor(private readonly jobs: JobQueue) {
    collectDefaultMetrics({ register: this.registry, prefix: 'community_hub_' });
    const sockets = this.sockets;
    new Gauge({
      name: 'community_hub_websocket_connections',
      help: 'Open GraphQL WebSocket connections.',
      registers: [this.registry],
      collect() {
        this.set(sockets.size);
      },
    });
    new Gauge({
      name: 'community_hub_live_subscriptions',
      help: 'Live GraphQL subscriptions over all WebSocket connections.',
      registers: [this.registry],
      collect() {
        let count = 0;
        for (const socket of sockets) count += Object.keys(socket.subscriptions).length;
        this.set(count);
      },
    });
    const logger = this.logger;
    new Gauge({
      name: 'community_hub_job_queue_jobs',
      help: 'Background jobs waiting (created, retry) or running (active), by queue.',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          for (const row of await jobs.depth()) this.set({ queue: row.name, state: row.state }, row.count);
        } catch (error) {
          // The database may be away; the scrape still answers with everything else.
          logger.warn(`Job queue depth unavailable: ${(error as Error).message}`);
        }
      },
    });
  }

  /** A client-chosen name, bounded so a hostile client cannot create unlimited series. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES || !/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
    this.operationNames.add(name);
    return name;
  }

  socketOpened(socket: LiveSocket): void {
    this.sockets.add(socket);
  }

  socketClosed(socket: LiveSocket): void {
    this.sockets.delete(socket);
  }

  /** The text for `/metrics`. */
  async render(): Promise<{ contentType: string; body: string }> {
    const body = await this.registry.metrics();
    return { contentType: this.registry.contentType, body };
  }
}

/**
 * One label set's series, kept: prom-client hashes a label object on every call, and
 * every label here is bounded (fixed routes, status codes, capped operation names).
 */
export function seriesOf<T>(create: (...values: string[]) => T): (...values: string[]) => T {
  const known = new Map<string, T>();
  return (...values) => {
    const key = values.join('\u0000');
    let series = known.get(key);
    if (!series) known.set(key, (series = create(...values)));
    return series;
  };
}
