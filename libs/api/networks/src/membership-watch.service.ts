import { Injectable } from '@nestjs/common';
import { type Caller } from '@community-hub/api-common';
import { EventBus, mapAsyncIterator } from '@community-hub/api-pubsub';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SpaceAccessService } from './access/space-access.service';
import { SpacePermission } from './access/space-permission';
import { MembershipEntity } from './entities/membership.entity';
import { Membership } from './models/membership.model';
import { MEMBERSHIP_REMOVED, MEMBERSHIP_UPDATED, NetworksService } from './networks.service';

/** Live membership changes, checked against the subscriber's rights on every event. */
@Injectable()
export class MembershipWatchService {
  constructor(
    private readonly bus: EventBus,
    private readonly access: SpaceAccessService,
    private readonly networks: NetworksService,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
  ) {}

  async watch(caller: Caller, networkId: string): Promise<AsyncIterableIterator<{ membershipUpdated: Membership }>> {
    await this.access.require(caller, SpacePermission.DISCOVER, networkId);
    return mapAsyncIterator(this.bus.subscribe(MEMBERSHIP_UPDATED, (event) => event.networkId === networkId), async (event) => {
      if (event.networkId !== networkId) return undefined;
      if (!(await this.networks.mayWatchMembership(caller, { networkId, userId: String(event.userId) }))) return undefined;
      const membership = await this.memberships.findOne({ where: { id: String(event.membershipId) } });
      return membership ? { membershipUpdated: Membership.from(membership) } : undefined;
    });
  }

  /** Ids of memberships that ended (declined requests, people who left), for the person and coordinators. */
  async watchRemovals(caller: Caller, networkId: string): Promise<AsyncIterableIterator<{ membershipRemoved: string }>> {
    await this.access.require(caller, SpacePermission.DISCOVER, networkId);
    return mapAsyncIterator(this.bus.subscribe(MEMBERSHIP_REMOVED, (event) => event.networkId === networkId), async (event) => {
      if (event.networkId !== networkId) return undefined;
      if (!(await this.networks.mayWatchMembership(caller, { networkId, userId: String(event.userId) }))) return undefined;
      return { membershipRemoved: String(event.membershipId) };
    });
  }
}
