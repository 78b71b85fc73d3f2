import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { timingSafeEqual, createHash } from 'node:crypto';
import { AllowAnonymous } from '@community-hub/api-auth';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { EmailInService } from './email-in.service';
import { HEAD_BYTES } from './smtp-listener.service';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `POST /email/inbound`: one email as raw MIME in the body (the form mail
 * providers' inbound webhooks send), with `Authorization: Bearer
 * <INBOUND_EMAIL_TOKEN>`. Without that setting the endpoint refuses everything.
 * Answers 200 with what became of the message (refusals included: the sender
 * was told by email), 401 for a missing or wrong token.
 */
@AllowAnonymous()
@Controller('email')
export class InboundEmailController {
  constructor(
    private readonly emailIn: EmailInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('inbound')
  @HttpCode(200)
  async inbound(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'no-store');
    const expected = this.config.inbound.token;
    const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    // Compared as hashes: equal lengths, constant time.
    if (!expected || !timingSafeEqual(digest(given), digest(expected))) {
      req.resume();
      res.status(401).json({ error: 'UNAUTHENTICATED', message: 'A valid inbound email token is required' });
      return;
    }
    const { raw, truncated } = await this.readBody(req);
    const recipient = typeof req.query.recipient === 'string' ? [req.query.recipient] : undefined;
    const outcome = await this.emailIn.receive(raw, { recipients: recipient, truncated });
    res.status(200).json(outcome);
  }

  /** The body as bytes, at most INBOUND_MAX_BYTES (beyond that only the beginning is kept, to answer the sender). */
  private readBody(req: Request): Promise<{ raw: Buffer; truncated: boolean }> {
    const max = this.config.inbound.maxBytes;
    if (Buffer.isBuffer(req.body)) return Promise.resolve({ raw: req.body, truncated: req.body.length > max });
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > max) truncated = true;
        if (!truncated || size - chunk.length < HEAD_BYTES) chunks.push(chunk);
      });
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ raw: truncated ? raw.subarray(0, HEAD_BYTES) : raw, truncated });
      });
      req.on('error', reject);
    });
  }
}
