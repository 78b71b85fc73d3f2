import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue } from '@community-hub/api-jobs';
import { SessionService } from '../sessions/session.service';
import { SecurityLogService } from './security-log.service';

/** Nightly purge of security log entries past SECURITY_LOG_RETENTION_MONTHS and sessions expired over EXPIRED_SESSION_RETENTION_DAYS ago. */
export const SECURITY_PURGE_JOB = 'security-purge';
/** 03:17 UTC: a quiet hour, off the top of the hour other jobs like. */
export const SECURITY_PURGE_CRON = '17 3 * * *';

@Injectable()
export class SecurityPurgeJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(SecurityPurgeJob.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly securityLog: SecurityLogService,
    private readonly sessions: SessionService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(SECURITY_PURGE_JOB, () => this.run());
    await this.jobs.schedule(SECURITY_PURGE_JOB, SECURITY_PURGE_CRON);
  }

  async run(): Promise<void> {
    const entries = await this.securityLog.purge();
    const sessions = await this.sessions.purge();
    if (entries || sessions) this.logger.log(`Purged ${entries} security log entries and ${sessions} old sessions`);
  }
}
