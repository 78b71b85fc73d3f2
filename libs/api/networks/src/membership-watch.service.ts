import { Injectable } from '@nestjs/common';
import { type Caller } from '@community-hub/api-common';
import { LiveDelivery } from '@community-hub/api-pubsub';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { MembershipEntity } from './entities/membership.entity';
import { Membership } from './models/membership.model';
import { MEMBERSHIP_REMOVED, MEMBERSHIP_UPDATED, NetworksService } from './networks.service';

/** Live membership changes, checked against the subscriber's rights on every event (see LiveDelivery). */
@Injectable()
export class MembershipWatchService {
  constructor(
    private readonly live: LiveDelivery,
    private readonly access: SpaceAccessService,
    private readonly networks: NetworksService,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
  ) {}

  async watch(caller: Caller, networkId: string): Promise<AsyncIterableIterator<{ membershipUpdated: Membership }>> {
    await this.access.require(caller, SpacePermission.DISCOVER, networkId);
    return this.live.subscribe({
      topic: MEMBERSHIP_UPDATED,
      only: (event) => event.networkId === networkId,
      subscriber: caller.userId,
      load: { key: 'membership', run: (event) => this.memberships.findOne({ where: { id: String(event.membershipId) } }) },
      mayReceive: { key: 'watch-membership', check: (membership) => this.networks.mayWatchMembership(caller, { networkId, userId: membership.userId }) },
      deliver: (membership) => ({ membershipUpdated: Membership.from(membership) }),
    });
  }

  /** Ids of memberships that ended (declined requests, people who left), for the person and coordinators. */
  async watchRemovals(caller: Caller, networkId: string): Promise<AsyncIterableIterator<{ membershipRemoved: string }>> {
    await this.access.require(caller, SpacePermission.DISCOVER, networkId);
    return this.live.subscribe({
      topic: MEMBERSHIP_REMOVED,
      only: (event) => event.networkId === networkId,
      subscriber: caller.userId,
      // The row is gone: the event says whose it was.
      load: { key: 'removed-membership', run: async (event) => ({ id: String(event.membershipId), userId: String(event.userId) }) },
      mayReceive: { key: 'watch-membership', check: (removed) => this.networks.mayWatchMembership(caller, { networkId, userId: removed.userId }) },
      deliver: (removed) => ({ membershipRemoved: removed.id }),
    });
  }
}
