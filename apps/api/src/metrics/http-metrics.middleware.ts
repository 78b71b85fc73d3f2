import type { NextFunction, Request, Response } from 'express';
import { seriesOf, type MetricsService } from './metrics.service';

/** Fixed route labels: paths carry tokens and ids, which must never become label values. */
const ROUTES: [RegExp, string][] = [
  [/^\/graphql\/?$/, '/graphql'],
  [/^\/storage\/upload\//, '/storage/upload'],
  [/^\/storage\/download\//, '/storage/download'],
  [/^\/storage\/preview\//, '/storage/preview'],
  [/^\/calendar\//, '/calendar'],
  [/^\/health\/live$/, '/health/live'],
  [/^\/health\/ready$/, '/health/ready'],
  [/^\/metrics$/, '/metrics'],
  [/^\/explorer/, '/explorer'],
];

export function routeLabel(path: string): string {
  for (const [pattern, label] of ROUTES) if (pattern.test(path)) return label;
  return 'other';
}

export function httpMetrics(metrics: MetricsService) {
  const requests = seriesOf((method, route, status) => metrics.httpRequests.labels(method, route, status));
  const durations = seriesOf((method, route) => metrics.httpDuration.labels(method, route));
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    // Read now: routers further on may rewrite req.url.
    const route = routeLabel(req.path);
    res.once('finish', () => {
      const method = /^(GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH)$/.test(req.method) ? req.method : 'OTHER';
      const status = String(res.statusCode);
      requests(method, route, status).inc();
      durations(method, route).observe(Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
