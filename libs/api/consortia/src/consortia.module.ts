import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@community-hub/api-accounts';
import { ForumModule } from '@community-hub/api-forum';
import { LibraryModule } from '@community-hub/api-library';
import { NetworksModule } from '@community-hub/api-networks';
import { SpaceAccessService } from '@community-hub/api-access';
import { ConsortiumSpaceAccessPolicy } from './access/consortium-space-access.policy';
import {
  ConsortiaResolver,
  ConsortiumMembersResolver,
  DeadlineRemindersResolver,
  DocumentConsortiumResolver,
  ThreadConsortiumResolver,
} from './consortia.resolver';
import { ConsortiaNotices } from './consortia.notices';
import { ConsortiaService } from './consortia.service';
import { DeadlineRemindersService } from './deadline-reminders.service';
import { ConsortiumMemberEntity } from './entities/consortium-member.entity';
import { ConsortiumEntity } from './entities/consortium.entity';
import { DeadlineReminderEntity } from './entities/deadline-reminder.entity';
import { InterestEntity } from './entities/interest.entity';
import { OpportunityEntity } from './entities/opportunity.entity';
import { InterestsResolver, NetworkOpportunitiesResolver, OpportunitiesResolver } from './opportunities.resolver';
import { OpportunitiesService } from './opportunities.service';
import { ConsortiaPersonalData } from './consortia.personal-data';

export const CONSORTIA_ENTITIES = [OpportunityEntity, InterestEntity, ConsortiumEntity, ConsortiumMemberEntity, DeadlineReminderEntity];

@Module({
  imports: [TypeOrmModule.forFeature(CONSORTIA_ENTITIES), AccountsModule, NetworksModule, ForumModule, LibraryModule],
  providers: [
    ConsortiaPersonalData,
    ConsortiumSpaceAccessPolicy,
    OpportunitiesService,
    ConsortiaService,
    ConsortiaNotices,
    DeadlineRemindersService,
    OpportunitiesResolver,
    InterestsResolver,
    NetworkOpportunitiesResolver,
    ConsortiaResolver,
    ConsortiumMembersResolver,
    ThreadConsortiumResolver,
    DocumentConsortiumResolver,
    DeadlineRemindersResolver,
  ],
  exports: [OpportunitiesService, ConsortiaService, DeadlineRemindersService],
})
export class ConsortiaModule implements OnModuleInit {
  constructor(
    private readonly access: SpaceAccessService,
    private readonly policy: ConsortiumSpaceAccessPolicy,
  ) {}

  /** Consortium workspaces are decided by their own policy; without it they would be closed to everyone. */
  onModuleInit(): void {
    this.access.register(this.policy);
  }
}
