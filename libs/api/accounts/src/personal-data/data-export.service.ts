import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, IsNull, LessThan, Not, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { type Job, JobQueue } from '@community-hub/api-jobs';
import { StorageService } from '@community-hub/api-storage';
import { DataExportEntity, DataExportStatus } from '../entities/data-export.entity';
import { UserEntity } from '../entities/user.entity';
import { ACCOUNTS_NOTICE, type AccountsNotice } from '../accounts.notices';
import { SecurityEventKind } from '../security-log/security-event-kind';
import { SecurityLogEntity } from '../security-log/security-log.entity';
import { type SecurityEventContext, SecurityLogService } from '../security-log/security-log.service';
import { SessionEntity } from '../sessions/session.entity';
import { PersonalDataRegistry, type PersonalDataWriter } from './personal-data.registry';
import { ZipFileWriter } from './zip-writer';

export const DATA_EXPORT_JOB = 'accounts.data-export';
export const DATA_EXPORT_PURGE_JOB = 'accounts.data-export-purge';
const DAY_MS = 24 * 3600 * 1000;

/**
 * "Download my data": a zip of JSON files and uploaded files, one folder per domain,
 * each domain writing its own part (PersonalDataRegistry). Prepared by a job into a
 * temporary file, stored as one PUT, announced by a notification; the link works for
 * DATA_EXPORT_TTL_DAYS, after which a nightly purge removes the zip.
 */
@Injectable()
export class DataExportService implements OnModuleInit {
  private readonly logger = new Logger(DataExportService.name);

  constructor(
    @InjectRepository(DataExportEntity) private readonly exports: Repository<DataExportEntity>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly jobs: JobQueue,
    private readonly storage: StorageService,
    private readonly securityLog: SecurityLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.registry.register({ domain: 'account', export: (userId, out) => this.exportProfile(userId, out) });
    await this.jobs.work<{ exportId: string }>(DATA_EXPORT_JOB, (job) => this.prepare(job), { retryLimit: 2, retryDelaySeconds: 30, expireInSeconds: 3600 });
    await this.jobs.work(DATA_EXPORT_PURGE_JOB, () => this.purgeExpired().then(() => undefined), { retryLimit: 2 });
    await this.jobs.schedule(DATA_EXPORT_PURGE_JOB, this.config.privacy.exportPurgeCron);
  }

  /**
   * Queues a new export of the caller's data (the row, its job and the DATA_EXPORT_REQUESTED
   * security log entry commit together); one being prepared is answered instead of a second.
   */
  async request(userId: string, origin: SecurityEventContext = {}): Promise<DataExportEntity> {
    const preparing = await this.exports.findOne({ where: { userId, status: DataExportStatus.PREPARING } });
    if (preparing) return preparing;
    return this.db.transaction(async (tx) => {
      const row = await tx.getRepository(DataExportEntity).save(tx.getRepository(DataExportEntity).create({ userId }));
      await this.jobs.sendWithin(tx, DATA_EXPORT_JOB, { exportId: row.id }, { retryLimit: 2, retryDelaySeconds: 30, expireInSeconds: 3600 });
      await this.securityLog.record(userId, SecurityEventKind.DATA_EXPORT_REQUESTED, origin, tx);
      return row;
    });
  }

  /** The person's own exports, newest first (only ever their own: there is no way to ask for another's). */
  async listFor(userId: string): Promise<DataExportEntity[]> {
    return this.exports.find({ where: { userId }, order: { createdAt: 'DESC' }, take: 20 });
  }

  /** EXPIRED as soon as the link's time is up, even before the purge has run. */
  statusOf(row: DataExportEntity, now = new Date()): DataExportStatus {
    if (row.status === DataExportStatus.READY && row.expiresAt && row.expiresAt <= now) return DataExportStatus.EXPIRED;
    return row.status;
  }

  /** A short-lived download link for the owner's ready export; null otherwise. */
  async downloadUrl(row: DataExportEntity, callerId: string | undefined, origin: string): Promise<string | null> {
    if (row.userId !== callerId || this.statusOf(row) !== DataExportStatus.READY || !row.objectKey) return null;
    const day = row.createdAt.toISOString().slice(0, 10);
    return this.storage.downloadUrl({ key: row.objectKey, filename: `community-hub-my-data-${day}.zip`, contentType: 'application/zip' }, origin);
  }

  private async exportProfile(userId: string, out: PersonalDataWriter): Promise<void> {
    const user = await this.db.getRepository(UserEntity).findOneOrFail({ where: { id: userId } });
    await out.json('profile.json', { id: user.id, name: user.name, email: user.email, isPlatformAdmin: user.isPlatformAdmin, createdAt: user.createdAt, updatedAt: user.updatedAt });
    const sessions = await this.db.getRepository(SessionEntity).find({ where: { userId }, order: { createdAt: 'DESC' } });
    await out.json(
      'sessions.json',
      sessions.map((s) => ({ createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, expiresAt: s.expiresAt, endedAt: s.endedAt, address: s.address, userAgent: s.userAgent })),
    );
    const log = await this.db.getRepository(SecurityLogEntity).find({ where: { userId }, order: { occurredAt: 'DESC' } });
    await out.json(
      'security-log.json',
      log.map((e) => ({ at: e.occurredAt, kind: e.kind, address: e.address, userAgent: e.userAgent, detail: e.detail })),
    );
  }

  async prepare(job: Job<{ exportId: string }>): Promise<void> {
    const row = await this.exports.findOne({ where: { id: job.data.exportId } });
    if (!row || row.status !== DataExportStatus.PREPARING) return;
    const user = await this.db.getRepository(UserEntity).findOne({ where: { id: row.userId } });
    if (!user || user.deletedAt) {
      await this.exports.update({ id: row.id }, { status: DataExportStatus.FAILED });
      return;
    }
    const dir = await mkdtemp(join(tmpdir(), 'ch-export-'));
    const path = join(dir, 'export.zip');
    const zip = new ZipFileWriter(path);
    try {
      await zip.addJson('README.json', {
        about: 'Your data from Community Hub: one folder per part of the service, JSON files and the files you uploaded.',
        preparedAt: new Date().toISOString(),
      });
      for (const part of this.registry.all()) {
        if (part.export) await part.export(user.id, zip.folder(part.domain));
      }
      await zip.close();
      const { size } = await stat(path);
      const key = `exports/${row.id}.zip`;
      await this.storage.put(key, createReadStream(path), size, 'application/zip');
      const now = new Date();
      await this.db.transaction(async (tx) => {
        await tx.getRepository(DataExportEntity).update(
          { id: row.id },
          { status: DataExportStatus.READY, objectKey: key, sizeBytes: size, readyAt: now, expiresAt: new Date(now.getTime() + this.config.privacy.exportTtlDays * DAY_MS) },
        );
        const notice: AccountsNotice = { change: 'DATA_EXPORT_READY', userId: row.userId, exportId: row.id };
        await this.jobs.sendWithin(tx, ACCOUNTS_NOTICE, notice);
        await this.securityLog.record(row.userId, SecurityEventKind.DATA_EXPORTED, { detail: `zip of ${size} bytes ready to download` }, tx);
      });
    } catch (error) {
      zip.abort();
      this.logger.warn(`Data export ${row.id} failed (attempt ${job.attempt}): ${(error as Error).message}`);
      if (job.lastAttempt) await this.exports.update({ id: row.id }, { status: DataExportStatus.FAILED });
      throw error;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Removes the zips of expired exports and marks them EXPIRED; returns how many. */
  async purgeExpired(now = new Date()): Promise<number> {
    const expired = await this.exports.find({ where: { expiresAt: LessThan(now), objectKey: Not(IsNull()) }, take: 500 });
    for (const row of expired) {
      await this.storage.remove(row.objectKey!);
      await this.exports.update({ id: row.id }, { status: DataExportStatus.EXPIRED, objectKey: null });
    }
    if (expired.length) this.logger.log(`Removed ${expired.length} expired data export(s)`);
    return expired.length;
  }

  /** At account deletion: the person's zips go too (after the transaction, best effort; the purge catches the rest). */
  async removeAllFor(userId: string): Promise<void> {
    const rows = await this.exports.find({ where: { userId } });
    for (const row of rows) {
      try {
        if (row.objectKey) await this.storage.remove(row.objectKey);
        await this.exports.delete({ id: row.id });
      } catch {
        // Left for the nightly purge: expired now, it removes the zip next time.
        await this.exports.update({ id: row.id }, { expiresAt: new Date() });
      }
    }
  }
}
