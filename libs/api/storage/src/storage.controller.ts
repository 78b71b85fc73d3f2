import { Controller, Get, Param, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { AllowAnonymous } from '@community-hub/api-auth';
import { DomainError, ErrorCode } from '@community-hub/api-common';
import { contentDisposition, type DownloadClaims, PREVIEW_CSP, stagingKey, StorageService } from './storage.service';

function fail(res: Response, status: number, code: string, message: string) {
  if (!res.headersSent) res.status(status).json({ error: { code, message } });
  else res.destroy();
}

/**
 * Proxy-mode transfers: bytes stream between the client and object storage
 * through the API in constant memory, authorised by the signed token in the URL
 * (no cookie or header needed, so a plain <a href> or XHR PUT works).
 */
@AllowAnonymous()
@Controller('storage')
export class StorageController {
  constructor(private readonly storage: StorageService) {}

  @Put('upload/:token')
  async upload(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const claims = this.storage.verifyUploadToken(token);
    if (!claims) return fail(res, 403, 'FORBIDDEN', 'This upload link is invalid or has expired');
    // A genuine token is not enough: the ticket is single-use (refused once completed)
    // and only works while its sender may still add files there.
    let refusal;
    try {
      refusal = await this.storage.admitUpload(claims);
    } catch {
      return fail(res, 503, 'SERVICE_UNAVAILABLE', 'File storage is not available right now; please try again shortly');
    }
    if (refusal) return fail(res, refusal.status, refusal.code, refusal.message);
    const key = stagingKey(claims.ticketId);
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) !== claims.size) {
      return fail(res, 400, 'BAD_USER_INPUT', `Expected exactly ${claims.size} bytes, got Content-Length ${declared}`);
    }
    let received = 0;
    // Stops the transfer the moment it goes past the declared size.
    const limiter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        if (received > claims.size) callback(new DomainError(ErrorCode.BAD_USER_INPUT, 'More bytes than declared'));
        else callback(null, chunk);
      },
      flush(callback) {
        callback(received === claims.size ? null : new DomainError(ErrorCode.BAD_USER_INPUT, 'Fewer bytes than declared'));
      },
    });
    req.pipe(limiter);
    req.on('error', (error) => limiter.destroy(error));
    try {
      await this.storage.put(key, limiter, claims.size, claims.contentType);
      res.status(200).json({ size: received });
    } catch (error) {
      // Whatever landed for a refused transfer is removed: nothing half-written remains
      // (only ever the ticket's own staging object).
      await this.storage.remove(key).catch(() => undefined);
      if (error instanceof DomainError && error.code === ErrorCode.BAD_USER_INPUT) {
        return fail(res, 400, error.code, `${error.message}: expected ${claims.size}, received ${received}`);
      }
      if (received !== claims.size) return fail(res, 400, 'BAD_USER_INPUT', `Expected ${claims.size} bytes, received ${received}`);
      return fail(res, 503, 'SERVICE_UNAVAILABLE', 'File storage is not available right now; please try again shortly');
    }
  }

  @Get('download/:token')
  async download(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const claims = this.storage.verifyDownloadToken(token);
    if (!claims) return fail(res, 403, 'FORBIDDEN', 'This download link is invalid or has expired');
    return this.send(claims, 'attachment', req, res);
  }

  /** PDF, PNG or JPEG shown inline, in a frame of our own pages only. */
  @Get('preview/:token')
  async preview(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const claims = this.storage.verifyPreviewToken(token);
    if (!claims) return fail(res, 403, 'FORBIDDEN', 'This preview link is invalid or has expired');
    res.setHeader('Content-Security-Policy', PREVIEW_CSP);
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    return this.send(claims, 'inline', req, res);
  }

  private async send(claims: DownloadClaims, disposition: 'attachment' | 'inline', req: Request, res: Response): Promise<void> {
    let stat;
    try {
      stat = await this.storage.stat(claims.key);
    } catch {
      return fail(res, 503, 'SERVICE_UNAVAILABLE', 'File storage is not available right now; please try again shortly');
    }
    if (!stat) return fail(res, 404, 'NOT_FOUND', 'File not found');

    const range = parseRange(req.headers.range, stat.size);
    if (range === 'unsatisfiable') {
      res.status(416).setHeader('Content-Range', `bytes */${stat.size}`);
      res.end();
      return;
    }
    res.setHeader('Content-Type', claims.contentType);
    res.setHeader('Content-Disposition', contentDisposition(claims.filename, disposition));
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('ETag', `"${stat.etag}"`);
    const part = range ?? { offset: 0, length: stat.size };
    if (range) {
      res.status(206).setHeader('Content-Range', `bytes ${range.offset}-${range.offset + range.length - 1}/${stat.size}`);
    }
    res.setHeader('Content-Length', String(part.length));
    if (req.method === 'HEAD' || part.length === 0) {
      res.end();
      return;
    }
    try {
      const body = await this.storage.read(claims.key, range ?? undefined);
      await pipeline(body, res);
    } catch {
      fail(res, 503, 'SERVICE_UNAVAILABLE', 'File storage is not available right now; please try again shortly');
    }
  }
}

/** One `bytes=` range (the form browsers and download managers send). */
export function parseRange(header: string | undefined, size: number): { offset: number; length: number } | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || end < start) return 'unsatisfiable';
  return { offset: start, length: end - start + 1 };
}
