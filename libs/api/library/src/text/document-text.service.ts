import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { type Job, JobQueue, type QueueOptions } from '@community-hub/api-jobs';
import { StorageService } from '@community-hub/api-storage';
import { DocumentTextStatus } from '../entities/document-version.entity';
import { canExtractText, extractText } from './extract-text';

export const EXTRACT_TEXT_JOB = 'library.extract-text';

interface ExtractTextData {
  versionId: string;
}

/**
 * Reads the text of uploaded versions in a background job, for search. The
 * upload never waits for it or fails because of it: a file that cannot be read
 * is recorded (attempts, last error), retried with backoff, and finally marked
 * FAILED. Storing the text updates the document's search vector (trigger).
 */
@Injectable()
export class DocumentTextService implements OnApplicationBootstrap {
  private readonly logger = new Logger(DocumentTextService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: StorageService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get queueOptions(): QueueOptions {
    const { retryLimit, retryDelaySeconds } = this.config.library.textExtraction;
    return { retryLimit, retryDelaySeconds, retryBackoff: true, expireInSeconds: 10 * 60 };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<ExtractTextData>(EXTRACT_TEXT_JOB, (job) => this.extract(job), this.queueOptions);
  }

  /** The status a new version starts with: PENDING only when a job will read it. */
  initialStatus(contentType: string, size: number): DocumentTextStatus {
    if (!canExtractText(contentType)) return DocumentTextStatus.UNSUPPORTED;
    if (size > this.config.library.textExtraction.maxInputBytes) return DocumentTextStatus.SKIPPED;
    return DocumentTextStatus.PENDING;
  }

  /** Queues extraction; never throws (a version left PENDING is picked up again by `requeueStalled`). */
  async enqueue(versionId: string): Promise<void> {
    try {
      await this.jobs.send<ExtractTextData>(EXTRACT_TEXT_JOB, { versionId }, this.queueOptions);
    } catch (error) {
      this.logger.warn(`Could not queue text extraction for version ${versionId}: ${(error as Error).message}`);
    }
  }

  /** Versions still PENDING with no attempt long after upload (queueing failed, or older than this feature). */
  async requeueStalled(olderThanMinutes = 30): Promise<number> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM document_versions
       WHERE text_status = 'PENDING' AND text_attempts = 0 AND created_at < now() - make_interval(mins => $1)
       ORDER BY created_at LIMIT 100`,
      [olderThanMinutes],
    );
    for (const row of rows) await this.enqueue(row.id);
    return rows.length;
  }

  async extract(job: Job<ExtractTextData>): Promise<void> {
    const [version]: { id: string; object_key: string; content_type: string; size: string; text_status: DocumentTextStatus }[] =
      await this.db.query('SELECT id, object_key, content_type, size, text_status FROM document_versions WHERE id = $1', [job.data.versionId]);
    if (!version || version.text_status !== DocumentTextStatus.PENDING) return;
    const status = this.initialStatus(version.content_type, Number(version.size));
    if (status !== DocumentTextStatus.PENDING) {
      await this.db.query(`UPDATE document_versions SET text_status = $2 WHERE id = $1 AND text_status = 'PENDING'`, [version.id, status]);
      return;
    }
    try {
      const bytes = await this.readCapped(version.object_key, this.config.library.textExtraction.maxInputBytes);
      const text = await extractText(version.content_type, bytes);
      await this.db.query(
        `UPDATE document_versions
         SET text = $2, text_status = 'DONE', text_attempts = text_attempts + 1, text_error = NULL, text_extracted_at = now()
         WHERE id = $1 AND text_status = 'PENDING'`,
        [version.id, text],
      );
    } catch (error) {
      const message = ((error as Error).message || String(error)).slice(0, 500);
      await this.db.query(
        `UPDATE document_versions SET text_attempts = text_attempts + 1, text_error = $2, text_status = $3
         WHERE id = $1 AND text_status = 'PENDING'`,
        [version.id, message, job.lastAttempt ? DocumentTextStatus.FAILED : DocumentTextStatus.PENDING],
      );
      if (job.lastAttempt) this.logger.warn(`Text extraction failed for version ${version.id} after ${job.attempt} attempts: ${message}`);
      throw error;
    }
  }

  /** Streams the object into memory, refusing to go past `limit` bytes. */
  private async readCapped(key: string, limit: number): Promise<Buffer> {
    const stream = await this.storage.read(key);
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > limit) {
        stream.destroy();
        throw new Error(`larger than ${limit} bytes`);
      }
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks, total);
  }
}
