import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@community-hub/api-accounts';
import { AccessModule, SpaceAccessService } from '@community-hub/api-access';
import { MailModule } from '@community-hub/api-mail';
import { InvitationsResolver } from './invitations/invitations.resolver';
import { InvitationsService } from './invitations/invitations.service';
import { NetworkReportResolver } from './report/network-report.resolver';
import { PlatformPeopleResolver, PlatformPeopleService } from './admin/platform-people';
import { NetworkReportService } from './report/network-report.service';
import { MembershipEntity } from './entities/membership.entity';
import { NetworkOrganisationEntity } from './entities/network-organisation.entity';
import { NetworkEntity } from './entities/network.entity';
import { NetworkInvitationEntity } from './entities/network-invitation.entity';
import { OrganisationRepresentativeEntity } from './entities/organisation-representative.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { SpaceEntity } from './entities/space.entity';
import { NetworkSpaceAccessPolicy } from './network-space-access.policy';
import { MembershipWatchService } from './membership-watch.service';
import { MembershipsResolver } from './memberships.resolver';
import { NetworksResolver } from './networks.resolver';
import { NetworksNotices } from './networks.notices';
import { NetworksService } from './networks.service';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { NetworksPersonalData } from './networks.personal-data';
import { ProfilesResolver } from './profiles.resolver';
import { ProfilesService } from './profiles.service';

export const NETWORKS_ENTITIES = [
  NetworkEntity,
  SpaceEntity,
  MembershipEntity,
  OrganisationEntity,
  OrganisationRepresentativeEntity,
  NetworkOrganisationEntity,
  NetworkInvitationEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(NETWORKS_ENTITIES), AccountsModule, AccessModule, MailModule],
  providers: [
    NetworksPersonalData,
    ProfilesService,
    ProfilesResolver,
    NetworkSpaceAccessPolicy,
    NetworksService,
    NetworksNotices,
    OrganisationsService,
    MembershipWatchService,
    NetworksResolver,
    MembershipsResolver,
    OrganisationsResolver,
    InvitationsService,
    InvitationsResolver,
    NetworkReportService,
    NetworkReportResolver,
    PlatformPeopleService,
    PlatformPeopleResolver,
  ],
  // Domains that import NetworksModule get the access helper with it.
  exports: [AccessModule, NetworksService, OrganisationsService, InvitationsService],
})
export class NetworksModule {
  /**
   * Network spaces are decided by the networks' policy; without it they would be
   * closed to everyone. Registered as the module is built, before any start-up hook
   * (a job worker, a listener) can ask.
   */
  constructor(access: SpaceAccessService, policy: NetworkSpaceAccessPolicy) {
    access.register(policy);
  }
}
