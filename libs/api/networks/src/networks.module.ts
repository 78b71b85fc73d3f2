import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@community-hub/api-accounts';
import { NetworkSpaceAccessPolicy, SpaceAccessService } from './access/space-access.service';
import { MembershipEntity } from './entities/membership.entity';
import { NetworkOrganisationEntity } from './entities/network-organisation.entity';
import { NetworkEntity } from './entities/network.entity';
import { OrganisationRepresentativeEntity } from './entities/organisation-representative.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { SpaceEntity } from './entities/space.entity';
import { MembershipWatchService } from './membership-watch.service';
import { MembershipsResolver } from './memberships.resolver';
import { NetworksResolver } from './networks.resolver';
import { NetworksService } from './networks.service';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

export const NETWORKS_ENTITIES = [
  NetworkEntity,
  SpaceEntity,
  MembershipEntity,
  OrganisationEntity,
  OrganisationRepresentativeEntity,
  NetworkOrganisationEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(NETWORKS_ENTITIES), AccountsModule],
  providers: [
    NetworkSpaceAccessPolicy,
    SpaceAccessService,
    NetworksService,
    OrganisationsService,
    MembershipWatchService,
    NetworksResolver,
    MembershipsResolver,
    OrganisationsResolver,
  ],
  exports: [SpaceAccessService, NetworksService, OrganisationsService],
})
export class NetworksModule {}
