import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import * as Minio from 'minio';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { DomainError, ErrorCode } from '@community-hub/api-common';
import { TokenService } from '@community-hub/api-auth';

export type TransferMode = 'proxy' | 'direct';

export interface StorageConnection {
  endpoint: string;
  accessKey: string;
  secretKey: string;
}

export const STORAGE_CONNECTION = Symbol('STORAGE_CONNECTION');

export interface TransferTicket {
  url: string;
  method: 'PUT' | 'GET';
  headers: { name: string; value: string }[];
  expiresAt: Date;
}

/**
 * What an upload ticket allows: one PUT of exactly `size` bytes to the staging
 * key of ticket `ticketId` (see `stagingKey`). A ticket never names a published
 * key: bytes reach a published object only by the server-side copy made when
 * the upload is completed.
 */
export interface UploadClaims {
  ticketId: string;
  size: number;
  contentType: string;
}

/** Why a proxied PUT is refused although its token is genuine (the upload was completed, or its sender may no longer write). */
export interface UploadRefusal {
  status: 403 | 409 | 410;
  code: string;
  message: string;
}

/**
 * Asked before every proxied PUT, with the ticket's id: null admits it. The
 * domain that hands out tickets registers one (`setUploadGate`); without one,
 * every PUT is refused.
 */
export type UploadGate = (ticketId: string) => Promise<UploadRefusal | null>;

/** Where the bytes of every upload ticket land (removed once completed or expired). */
export const STAGING_PREFIX = 'uploads/';

/** The staging key of an upload ticket: the only key a PUT (proxy token or presigned URL) may ever write. */
export function stagingKey(ticketId: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(ticketId)) throw new Error('An upload ticket id is a uuid');
  return `${STAGING_PREFIX}${ticketId}`;
}

export interface DownloadClaims {
  key: string;
  filename: string;
  contentType: string;
}

const UPLOAD_PURPOSE = 'storage-upload';
const DOWNLOAD_PURPOSE = 'storage-download';
const PREVIEW_PURPOSE = 'storage-preview';
/** Types a preview link may be made for: shown inline by the browser, never able to run script in our origin. */
export const INLINE_CONTENT_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);
/**
 * The CSP of a proxied preview: our own pages may frame it, nothing else; it
 * loads nothing and runs nothing of its own (the browser's PDF viewer is built in).
 */
export const PREVIEW_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'";
// s3rver supports no multipart uploads, and one PUT is what we want anyway for
// files up to the upload limit: a large part size keeps the client from splitting.
const PART_SIZE = 5 * 1024 * 1024 * 1024;

function clientFor(endpoint: string, accessKey: string, secretKey: string, region: string): Minio.Client {
  const url = new URL(endpoint);
  const useSSL = url.protocol === 'https:';
  return new Minio.Client({
    endPoint: url.hostname,
    port: url.port ? Number(url.port) : useSSL ? 443 : 80,
    useSSL,
    accessKey,
    secretKey,
    region,
    pathStyle: true,
    partSize: PART_SIZE,
  });
}

/**
 * The one way into object storage (MinIO in production, the embedded server on
 * a laptop). Two transfer modes behind one ticket shape: "direct" hands out
 * presigned URLs so bytes bypass the API; "proxy" hands out URLs of the API's
 * own streaming endpoints, authorised by a short-lived signed token.
 */
@Injectable()
export class StorageService implements OnModuleInit {
  private readonly logger = new Logger(StorageService.name);
  readonly client: Minio.Client;
  /** Signs URLs with the host browsers use; never makes requests itself. */
  private readonly publicClient: Minio.Client | null;
  readonly bucket: string;
  readonly mode: TransferMode;
  private uploadGate: UploadGate | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(STORAGE_CONNECTION) connection: StorageConnection,
    private readonly tokens: TokenService,
  ) {
    const { region, bucket, publicUrl } = config.storage;
    this.bucket = bucket;
    this.client = clientFor(connection.endpoint, connection.accessKey, connection.secretKey, region);
    this.publicClient = publicUrl ? clientFor(publicUrl, connection.accessKey, connection.secretKey, region) : null;
    this.mode = this.publicClient ? 'direct' : 'proxy';
  }

  async onModuleInit(): Promise<void> {
    await this.ensureBucket();
  }

  async ensureBucket(): Promise<void> {
    await this.guard(async () => {
      if (!(await this.client.bucketExists(this.bucket))) {
        await this.client.makeBucket(this.bucket, this.config.storage.region);
        this.logger.log(`Created bucket ${this.bucket}`);
      }
    });
  }

  /**
   * Stores an object. A stream goes to storage as one PUT with its length known,
   * chunk by chunk: the minio client's putObject would first gather a stream
   * that fits in one part into a single buffer (a 1 GB upload cost 2 GB of RAM).
   */
  async put(key: string, body: Readable | Buffer, size: number, contentType: string): Promise<void> {
    await this.guard(async () => {
      if (Buffer.isBuffer(body)) {
        await this.client.putObject(this.bucket, key, body, size, { 'Content-Type': contentType });
        return;
      }
      const url = await this.client.presignedPutObject(this.bucket, key, 15 * 60);
      await streamingPut(url, body, size, contentType);
    });
  }

  /**
   * Copies an object inside the bucket (server-side: the bytes never pass
   * through the API). Used to publish a completed upload from its staging key.
   */
  async copy(fromKey: string, toKey: string): Promise<void> {
    await this.guard(() =>
      this.client.copyObject(
        new Minio.CopySourceOptions({ Bucket: this.bucket, Object: fromKey }),
        new Minio.CopyDestinationOptions({ Bucket: this.bucket, Object: toKey }),
      ),
    );
  }

  async stat(key: string): Promise<{ size: number; contentType: string; etag: string } | null> {
    try {
      const stat = await this.client.statObject(this.bucket, key);
      return { size: stat.size, contentType: String(stat.metaData?.['content-type'] ?? 'application/octet-stream'), etag: stat.etag };
    } catch (error) {
      if (isMissing(error)) return null;
      throw unavailable(error);
    }
  }

  /** A stream of the object's bytes, or of `length` bytes from `offset`. */
  async read(key: string, range?: { offset: number; length: number }): Promise<Readable> {
    return this.guard(() =>
      range ? this.client.getPartialObject(this.bucket, key, range.offset, range.length) : this.client.getObject(this.bucket, key),
    );
  }

  async remove(key: string): Promise<void> {
    await this.guard(() => this.client.removeObject(this.bucket, key));
  }

  async listKeys(prefix = ''): Promise<string[]> {
    return this.guard(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const keys: string[] = [];
          const stream = this.client.listObjectsV2(this.bucket, prefix, true);
          stream.on('data', (item) => item.name && keys.push(item.name));
          stream.on('error', reject);
          stream.on('end', () => resolve(keys));
        }),
    );
  }

  async isReachable(): Promise<boolean> {
    try {
      return await this.client.bucketExists(this.bucket);
    } catch {
      return false;
    }
  }

  /**
   * Where the client sends the bytes of a new object. `origin` is the API's own
   * address as the client sees it (used in proxy mode).
   */
  async uploadTicket(claims: UploadClaims, origin: string): Promise<TransferTicket> {
    const ttl = this.config.storage.transferTokenTtlSeconds;
    const expiresAt = new Date(Date.now() + ttl * 1000);
    const headers = [{ name: 'Content-Type', value: claims.contentType }];
    const key = stagingKey(claims.ticketId);
    if (this.publicClient) {
      const url = await this.publicClient.presignedPutObject(this.bucket, key, ttl);
      return { url, method: 'PUT', headers, expiresAt };
    }
    const token = this.tokens.signPurpose<UploadClaims>(UPLOAD_PURPOSE, claims, ttl);
    return { url: `${origin}/storage/upload/${token}`, method: 'PUT', headers, expiresAt };
  }

  async downloadUrl(claims: DownloadClaims, origin: string): Promise<string> {
    const ttl = this.config.storage.transferTokenTtlSeconds;
    if (this.publicClient) {
      return this.publicClient.presignedGetObject(this.bucket, claims.key, ttl, {
        'response-content-disposition': contentDisposition(claims.filename),
        'response-content-type': claims.contentType,
      });
    }
    const token = this.tokens.signPurpose<DownloadClaims>(DOWNLOAD_PURPOSE, claims, ttl);
    return `${origin}/storage/download/${token}`;
  }

  /**
   * A short-lived link that shows the file inline (PDF, PNG, JPEG only), with
   * its checked content type. Direct mode: presigned, with the response's
   * disposition and type overridden.
   */
  async previewUrl(claims: DownloadClaims, origin: string): Promise<string> {
    if (!INLINE_CONTENT_TYPES.has(claims.contentType)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This type of file cannot be previewed');
    }
    const ttl = this.config.storage.transferTokenTtlSeconds;
    if (this.publicClient) {
      return this.publicClient.presignedGetObject(this.bucket, claims.key, ttl, {
        'response-content-disposition': contentDisposition(claims.filename, 'inline'),
        'response-content-type': claims.contentType,
      });
    }
    const token = this.tokens.signPurpose<DownloadClaims>(PREVIEW_PURPOSE, claims, ttl);
    return `${origin}/storage/preview/${token}`;
  }

  verifyPreviewToken(token: string): DownloadClaims | null {
    const claims = this.tokens.verifyPurpose<DownloadClaims>(PREVIEW_PURPOSE, token);
    return claims && INLINE_CONTENT_TYPES.has(claims.contentType) ? claims : null;
  }

  verifyUploadToken(token: string): UploadClaims | null {
    const claims = this.tokens.verifyPurpose<UploadClaims>(UPLOAD_PURPOSE, token);
    return claims && typeof claims.ticketId === 'string' && /^[0-9a-f-]{36}$/i.test(claims.ticketId) ? claims : null;
  }

  /** Registers the check every proxied PUT passes (one per process: the domain that issues tickets). */
  setUploadGate(gate: UploadGate): void {
    this.uploadGate = gate;
  }

  /** Deny by default: with no gate registered, no PUT is admitted. */
  async admitUpload(claims: UploadClaims): Promise<UploadRefusal | null> {
    if (!this.uploadGate) return { status: 410, code: 'NOT_FOUND', message: 'This upload link is no longer valid' };
    return this.uploadGate(claims.ticketId);
  }

  verifyDownloadToken(token: string): DownloadClaims | null {
    return this.tokens.verifyPurpose<DownloadClaims>(DOWNLOAD_PURPOSE, token);
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw unavailable(error);
    }
  }
}

function streamingPut(url: string, body: Readable, size: number, contentType: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(target, { method: 'PUT', headers: { 'Content-Length': String(size), 'Content-Type': contentType } }, (response) => {
      let detail = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (detail = (detail + chunk).slice(0, 500)));
      response.on('end', () => {
        if ((response.statusCode ?? 500) < 300) resolve();
        else reject(new Error(`storage answered ${response.statusCode}: ${detail}`));
      });
    });
    request.on('error', reject);
    body.on('error', (error) => {
      request.destroy(error);
      reject(error);
    });
    body.pipe(request);
  });
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'NotFound' || code === 'NoSuchKey';
}

function unavailable(error: unknown): Error {
  if (error instanceof DomainError) return error;
  if (isMissing(error)) return new DomainError(ErrorCode.NOT_FOUND, 'File not found');
  const detail = (error as Error)?.message ?? String(error);
  new Logger(StorageService.name).warn(`Object storage failed: ${detail}`);
  return new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'File storage is not available right now; please try again shortly');
}

/** `attachment` (or `inline`) with the original name, safe for any characters (RFC 6266 / 5987). */
export function contentDisposition(filename: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_').slice(0, 150) || 'download';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
