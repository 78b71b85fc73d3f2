import { Controller, Get, Inject, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { AllowAnonymous } from '@community-hub/api-auth';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { MetricsService } from './metrics.service';

/**
 * Prometheus scrape endpoint; with METRICS_TOKEN set, only for `Authorization: Bearer <METRICS_TOKEN>`.
 * In production without METRICS_TOKEN it does not exist (404): counts of requests, errors and
 * sign-ins are nobody's business but the operator's.
 */
@AllowAnonymous()
@Controller('metrics')
export class MetricsController {
  private readonly logger = new Logger(MetricsController.name);

  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Req() req: Request, @Res() res: Response) {
    const expected = this.config.metrics.token;
    if (!expected && this.config.production) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found' } });
      return;
    }
    if (expected && !sameSecret(req.headers.authorization ?? '', `Bearer ${expected}`)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"').json({ error: 'A metrics token is required' });
      return;
    }
    const rendered = await this.metrics.render().catch((error: Error) => {
      this.logger.warn(`Metrics unavailable: ${error.message}`);
      return null;
    });
    if (!rendered) {
      // A collector failed: say so rather than answer with part of the metrics.
      res.status(503).setHeader('Cache-Control', 'no-store').json({ error: 'Metrics are unavailable; try again' });
      return;
    }
    const { contentType, body } = rendered;
    res.status(200).setHeader('Content-Type', contentType).setHeader('Cache-Control', 'no-store').end(body);
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
