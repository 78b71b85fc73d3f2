import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule, AccountsService } from '@community-hub/api-accounts';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { ConsortiaModule, ConsortiaService } from '@community-hub/api-consortia';
import { EventsModule } from '@community-hub/api-events';
import { ForumModule, ForumService } from '@community-hub/api-forum';
import { AUDIT_NOTICE, type AuditNotice, JobQueue, NOTICE_QUEUE } from '@community-hub/api-jobs';
import { LibraryModule } from '@community-hub/api-library';
import { NetworksModule } from '@community-hub/api-networks';
import { SearchModule } from '@community-hub/api-search';
import { AuditCsvController } from './audit-csv.controller';
import { AuditService } from './audit.service';
import { BlocksService } from './blocks.service';
import { AuditEntryEntity } from './entities/audit-entry.entity';
import { NetworkSafetySettingsEntity } from './entities/network-safety-settings.entity';
import { PlatformSuspensionEntity } from './entities/platform-suspension.entity';
import { ReportEntity } from './entities/report.entity';
import { UserBlockEntity } from './entities/user-block.entity';
import { ModerationLiveService } from './moderation-live.service';
import { ModerationNotices } from './moderation.notices';
import {
  AuditEntriesResolver,
  ConsortiumModerationResolver,
  NetworkModerationResolver,
  PostSafetyResolver,
  ReportsResolver,
  SafetyResolver,
  SearchHitSafetyResolver,
} from './moderation.resolver';
import { NewcomerRulesService } from './newcomer-rules.service';
import { ReportsService } from './reports.service';
import { SafetySettingsService } from './safety-settings.service';
import { SuspensionsService } from './suspensions.service';

export const MODERATION_ENTITIES = [ReportEntity, AuditEntryEntity, UserBlockEntity, PlatformSuspensionEntity, NetworkSafetySettingsEntity];

/** Job name of the nightly purge of old resolved reports. */
export const PURGE_REPORTS_JOB = 'moderation-purge-reports';

@Module({
  imports: [TypeOrmModule.forFeature(MODERATION_ENTITIES), AccountsModule, NetworksModule, ForumModule, LibraryModule, EventsModule, ConsortiaModule, SearchModule],
  controllers: [AuditCsvController],
  providers: [
    ReportsService,
    AuditService,
    BlocksService,
    SuspensionsService,
    NewcomerRulesService,
    SafetySettingsService,
    ModerationNotices,
    ModerationLiveService,
    ReportsResolver,
    NetworkModerationResolver,
    ConsortiumModerationResolver,
    AuditEntriesResolver,
    SafetyResolver,
    PostSafetyResolver,
    SearchHitSafetyResolver,
  ],
  exports: [BlocksService, ReportsService, SuspensionsService],
})
export class ModerationModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly accounts: AccountsService,
    private readonly forum: ForumService,
    private readonly consortia: ConsortiaService,
    private readonly audit: AuditService,
    private readonly reports: ReportsService,
    private readonly blocks: BlocksService,
    private readonly suspensions: SuspensionsService,
    private readonly newcomers: NewcomerRulesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    // The rules this domain owns, applied where the other domains act (each depends on nothing here).
    // A suspended person's sessions end when suspended (SuspensionsService); a new sign-in is refused here.
    this.accounts.registerSignInCheck((userId) => this.suspensions.isSuspended(userId));
    this.forum.registerPostingCheck((facts) => this.newcomers.check(facts));
    this.consortia.registerInvitationCheck(async (inviterId, representativeIds) => (await this.blocks.blockersOf(inviterId, representativeIds)).size > 0);
    await this.jobs.work<AuditNotice>(AUDIT_NOTICE, (job) => this.audit.fromNotice(job.data), { ...NOTICE_QUEUE, batchSize: 20 });
    await this.jobs.work(PURGE_REPORTS_JOB, async () => {
      await this.reports.purgeResolved(this.config.safety.reportRetentionMonths);
    });
    // Nightly at 03:20 UTC, once across every API process.
    await this.jobs.schedule(PURGE_REPORTS_JOB, '20 3 * * *');
  }
}
