import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import { DataSource, In, Repository } from 'typeorm';
import {
  badInput,
  byKeys,
  type Caller,
  conflict,
  forbidden,
  isUniqueViolation,
  notFound,
  paginate,
  type Page,
  PageArgs,
  requestLoader,
  type RequestContext,
} from '@community-hub/api-common';
import { EventBus } from '@community-hub/api-pubsub';
import { isValidSlug } from '@community-hub/shared-validation';
import { callerIdOrNone, networkPermissionSql, SpaceAccessService } from './access/space-access.service';
import { SpacePermission } from './access/space-permission';
import { CreateNetworkInput } from './dto/create-network.input';
import { MembershipEntity, MembershipRole, MembershipStatus } from './entities/membership.entity';
import { NetworkEntity, NetworkVisibility } from './entities/network.entity';
import { SpaceEntity, SpaceKind } from './entities/space.entity';

export const MEMBERSHIP_UPDATED = 'membership.updated';
export const MEMBERSHIP_REMOVED = 'membership.removed';

const NETWORKS_BY_ID = Symbol('networks-by-id');
const MY_MEMBERSHIP_BY_NETWORK = Symbol('my-membership-by-network');
const MEMBERSHIPS_BY_ID = Symbol('memberships-by-id');

/**
 * How long a network found by its address, and a signed-in caller's account found
 * to exist, are reused without asking PostgreSQL. Every network page starts with
 * that lookup; no API call changes a network's address or visibility and accounts
 * are never deleted, so this only bounds how long an edit made directly in the
 * database takes to show. Misses (no such network, no such account) are never kept.
 */
export const NETWORK_LOOKUP_TTL_MS = 30_000;

@Injectable()
export class NetworksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(NetworkEntity) private readonly networks: Repository<NetworkEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly access: SpaceAccessService,
    private readonly bus: EventBus,
  ) {}

  private readonly networksBySlug = new LRUCache<string, NetworkEntity>({
    max: 1_000,
    ttl: NETWORK_LOOKUP_TTL_MS,
    fetchMethod: async (slug) => {
      const network = await this.networks.findOne({ where: { slug } });
      return network ? Object.freeze(network) : undefined;
    },
  });

  private readonly existingUsers = new LRUCache<string, true>({
    max: 10_000,
    ttl: NETWORK_LOOKUP_TTL_MS,
    fetchMethod: async (userId) => {
      const rows: unknown[] = await this.db.query('SELECT 1 FROM users WHERE id = $1', [userId]);
      return rows.length ? true : undefined;
    },
  });

  // ---- networks ---------------------------------------------------------

  /** Networks the caller may know of: public ones to anyone, private ones to signed-in people. */
  async listVisible(caller: Caller | null, filter: { area?: string } = {}): Promise<NetworkEntity[]> {
    const query = this.networks
      .createQueryBuilder('n')
      .leftJoin('memberships', 'm', "m.network_id = n.id AND m.user_id = :caller AND m.status = 'ACTIVE'")
      .leftJoin('users', 'u', 'u.id = :caller')
      .where(networkPermissionSql(SpacePermission.DISCOVER))
      .setParameter('caller', callerIdOrNone(caller))
      .orderBy('n.area', 'ASC')
      .addOrderBy('n.name', 'ASC');
    if (filter.area) query.andWhere('n.area = :area', { area: filter.area });
    return query.getMany();
  }

  /**
   * The network, if the caller may know of it (`SpacePermission.DISCOVER`: public
   * ones to anyone, private ones to signed-in people). Every network page starts
   * here, so the network and the caller's account are kept for a short while
   * (`NETWORK_LOOKUP_TTL_MS`) and a page usually costs no statement for it.
   */
  async findBySlug(caller: Caller | null, slug: string): Promise<NetworkEntity | null> {
    const network = await this.networksBySlug.fetch(slug);
    if (!network) return null;
    if (network.visibility === NetworkVisibility.PUBLIC) return network;
    return caller && (await this.existingUsers.fetch(caller.userId)) ? network : null;
  }

  /** Drops the kept lookups, so the next ones read the database (after a network is edited outside the API). */
  forgetLookups(): void {
    this.networksBySlug.clear();
    this.existingUsers.clear();
  }

  async requireVisible(caller: Caller | null, networkId: string): Promise<NetworkEntity> {
    await this.access.require(caller, SpacePermission.DISCOVER, networkId);
    const network = await this.networks.findOne({ where: { id: networkId } });
    if (!network) throw notFound('Network');
    return network;
  }

  async create(caller: Caller, input: CreateNetworkInput): Promise<NetworkEntity> {
    await this.requirePlatformAdmin(caller);
    const slug = input.slug.trim();
    if (!isValidSlug(slug)) throw badInput('That address name is not allowed', [{ field: 'slug', message: 'invalid slug' }]);
    if (await this.networks.exists({ where: { slug } })) throw conflict(`A network with the address "${slug}" already exists`);
    try {
      return await this.db.transaction(async (tx) => {
        const network = await tx.save(
          tx.create(NetworkEntity, {
            slug,
            name: input.name.trim(),
            description: input.description.trim(),
            area: input.area?.trim() ?? '',
            visibility: input.visibility,
          }),
        );
        await tx.insert(SpaceEntity, { id: network.id, kind: SpaceKind.NETWORK, networkId: network.id });
        await tx.insert(MembershipEntity, {
          networkId: network.id,
          userId: caller.userId,
          role: MembershipRole.ADMIN,
          status: MembershipStatus.ACTIVE,
        });
        return network;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`A network with the address "${slug}" already exists`);
      throw error;
    }
  }

  networksById(context: Pick<RequestContext, 'loaders'>): DataLoader<string, NetworkEntity | null> {
    return requestLoader(context, NETWORKS_BY_ID, () =>
      new DataLoader(async (ids: readonly string[]) =>
        byKeys(ids, await this.networks.find({ where: { id: In([...ids]) } }), (n) => n.id),
      ),
    );
  }

  // ---- memberships ------------------------------------------------------

  /** The caller's own membership per network, batched across a page of networks. */
  myMembership(context: Pick<RequestContext, 'loaders' | 'caller'>): DataLoader<string, MembershipEntity | null> {
    return requestLoader(context, MY_MEMBERSHIP_BY_NETWORK, () =>
      new DataLoader(async (networkIds: readonly string[]) => {
        if (!context.caller) return networkIds.map(() => null);
        const rows = await this.memberships.find({
          where: { userId: context.caller.userId, networkId: In([...networkIds]) },
        });
        return byKeys(networkIds, rows, (m) => m.networkId);
      }),
    );
  }

  membershipsById(context: Pick<RequestContext, 'loaders'>): DataLoader<string, MembershipEntity | null> {
    return requestLoader(context, MEMBERSHIPS_BY_ID, () =>
      new DataLoader(async (ids: readonly string[]) =>
        byKeys(ids, await this.memberships.find({ where: { id: In([...ids]) } }), (m) => m.id),
      ),
    );
  }

  async listMyMemberships(caller: Caller): Promise<MembershipEntity[]> {
    return this.memberships
      .createQueryBuilder('m')
      .innerJoin('networks', 'n', 'n.id = m.network_id')
      .where('m.user_id = :user', { user: caller.userId })
      .orderBy('n.name', 'ASC')
      .getMany();
  }

  async members(
    caller: Caller | null,
    networkId: string,
    args: PageArgs & { status: MembershipStatus },
  ): Promise<Page<MembershipEntity>> {
    const needed = args.status === MembershipStatus.ACTIVE ? SpacePermission.READ : SpacePermission.MODERATE;
    await this.access.require(caller, needed, networkId);
    const query = this.memberships
      .createQueryBuilder('m')
      .where('m.network_id = :networkId AND m.status = :status', { networkId, status: args.status });
    return paginate(query, args, {
      columns: ['m.created_at', 'm.id'],
      direction: 'ASC',
      cursorOf: (m) => [m.createdAt.toISOString(), m.id],
    });
  }

  async join(caller: Caller, networkId: string, organisationId?: string | null): Promise<MembershipEntity> {
    const network = await this.requireVisible(caller, networkId);
    const existing = await this.memberships.findOne({ where: { networkId, userId: caller.userId } });
    if (existing) {
      if (existing.status === MembershipStatus.SUSPENDED) {
        throw forbidden('Your membership of this network is suspended; please contact a coordinator');
      }
      return existing;
    }
    if (organisationId) await this.requireRepresentative(caller, organisationId);
    const status = network.visibility === NetworkVisibility.PUBLIC ? MembershipStatus.ACTIVE : MembershipStatus.PENDING;
    let membership: MembershipEntity;
    try {
      membership = await this.db.transaction(async (tx) => {
        const saved = await tx.save(
          tx.create(MembershipEntity, { networkId, userId: caller.userId, role: MembershipRole.MEMBER, status, organisationId }),
        );
        if (organisationId) await this.listOrganisation(tx, networkId, organisationId);
        return saved;
      });
    } catch (error) {
      // A double click: the other request created it first.
      if (isUniqueViolation(error)) return this.memberships.findOneOrFail({ where: { networkId, userId: caller.userId } });
      throw error;
    }
    await this.announce(membership);
    return membership;
  }

  async leave(caller: Caller, networkId: string): Promise<boolean> {
    const membership = await this.memberships.findOne({ where: { networkId, userId: caller.userId } });
    if (!membership) throw notFound('Membership');
    if (membership.status === MembershipStatus.SUSPENDED) {
      throw forbidden('A suspended membership can only be ended by a coordinator');
    }
    await this.db.transaction(async (tx) => {
      if (membership.role === MembershipRole.ADMIN) {
        // Serialise against other admins leaving at the same moment.
        await tx.query('SELECT id FROM networks WHERE id = $1 FOR UPDATE', [networkId]);
        const admins = await tx.count(MembershipEntity, {
          where: { networkId, role: MembershipRole.ADMIN, status: MembershipStatus.ACTIVE },
        });
        if (admins <= 1) throw conflict('You are the only admin of this network; make someone else admin first');
      }
      await tx.delete(MembershipEntity, { id: membership.id });
    });
    await this.bus.publish(MEMBERSHIP_REMOVED, { networkId, membershipId: membership.id, userId: caller.userId });
    return true;
  }

  async approve(caller: Caller, membershipId: string): Promise<MembershipEntity> {
    return this.transition(caller, membershipId, SpacePermission.MODERATE, (m) => {
      if (m.status === MembershipStatus.ACTIVE) return; // approving twice is harmless
      if (m.status !== MembershipStatus.PENDING) throw conflict('Only a pending request can be approved');
      m.status = MembershipStatus.ACTIVE;
    });
  }

  async decline(caller: Caller, membershipId: string): Promise<string> {
    const membership = await this.requireManageable(caller, membershipId, SpacePermission.MODERATE);
    if (membership.status !== MembershipStatus.PENDING) throw conflict('Only a pending request can be declined');
    await this.memberships.delete({ id: membership.id, status: MembershipStatus.PENDING });
    await this.bus.publish(MEMBERSHIP_REMOVED, {
      networkId: membership.networkId,
      membershipId: membership.id,
      userId: membership.userId,
    });
    return membership.id;
  }

  async suspend(caller: Caller, membershipId: string): Promise<MembershipEntity> {
    return this.transition(caller, membershipId, SpacePermission.MODERATE, (m) => {
      if (m.status === MembershipStatus.SUSPENDED) return;
      m.status = MembershipStatus.SUSPENDED;
    });
  }

  async reinstate(caller: Caller, membershipId: string): Promise<MembershipEntity> {
    return this.transition(caller, membershipId, SpacePermission.MODERATE, (m) => {
      if (m.status !== MembershipStatus.SUSPENDED) throw conflict('Only a suspended membership can be reinstated');
      m.status = MembershipStatus.ACTIVE;
    });
  }

  async setRole(caller: Caller, membershipId: string, role: MembershipRole): Promise<MembershipEntity> {
    // Making or unmaking an admin is for admins; coordinators may appoint coordinators.
    const membership = await this.membershipOrNotFound(caller, membershipId);
    const needed =
      role === MembershipRole.ADMIN || membership.role === MembershipRole.ADMIN
        ? SpacePermission.ADMINISTER
        : SpacePermission.MODERATE;
    return this.transition(caller, membershipId, needed, (m) => {
      if (m.status !== MembershipStatus.ACTIVE) throw conflict('Only an active member can be given a role');
      m.role = role;
    });
  }

  async setMyOrganisation(caller: Caller, networkId: string, organisationId: string | null): Promise<MembershipEntity> {
    const membership = await this.memberships.findOne({ where: { networkId, userId: caller.userId } });
    if (!membership) throw notFound('Membership');
    if (membership.status !== MembershipStatus.ACTIVE) throw forbidden('Only active members can do this');
    if (organisationId) await this.requireRepresentative(caller, organisationId);
    return this.db.transaction(async (tx) => {
      membership.organisationId = organisationId;
      const saved = await tx.save(membership);
      if (organisationId) await this.listOrganisation(tx, networkId, organisationId);
      return saved;
    });
  }

  /** Seeder support: makes the user an ACTIVE member with at least `role`. */
  async ensureMembership(userId: string, networkId: string, role: MembershipRole): Promise<void> {
    await this.db.query(
      `INSERT INTO memberships (network_id, user_id, role, status) VALUES ($1, $2, $3, 'ACTIVE')
       ON CONFLICT ON CONSTRAINT memberships_network_user_key DO UPDATE SET role = EXCLUDED.role, status = 'ACTIVE'`,
      [networkId, userId, role],
    );
  }

  async ensureNetwork(input: { slug: string; name: string; description: string; area: string; visibility: NetworkVisibility }) {
    return this.db.transaction(async (tx) => {
      let network = await tx.findOne(NetworkEntity, { where: { slug: input.slug } });
      if (!network) {
        network = await tx.save(tx.create(NetworkEntity, input));
        await tx.insert(SpaceEntity, { id: network.id, kind: SpaceKind.NETWORK, networkId: network.id });
      }
      return network;
    });
  }

  // ---- helpers ------------------------------------------------------------

  private async transition(
    caller: Caller,
    membershipId: string,
    permission: SpacePermission,
    change: (membership: MembershipEntity) => void,
  ): Promise<MembershipEntity> {
    const membership = await this.requireManageable(caller, membershipId, permission);
    const before = `${membership.status}/${membership.role}`;
    const previousStatus = membership.status;
    change(membership);
    if (before === `${membership.status}/${membership.role}`) return membership;
    const saved = await this.memberships.save(membership);
    await this.announce(saved, previousStatus);
    return saved;
  }

  private async membershipOrNotFound(caller: Caller, membershipId: string): Promise<MembershipEntity> {
    const membership = await this.memberships.findOne({ where: { id: membershipId } });
    if (!membership || !(await this.access.can(caller, SpacePermission.DISCOVER, membership.networkId))) {
      throw notFound('Membership');
    }
    return membership;
  }

  /** Loads a membership another person holds, checking the caller may manage it. */
  private async requireManageable(
    caller: Caller,
    membershipId: string,
    permission: SpacePermission,
  ): Promise<MembershipEntity> {
    const membership = await this.membershipOrNotFound(caller, membershipId);
    await this.access.require(caller, permission, membership.networkId);
    if (membership.userId === caller.userId) throw forbidden('You cannot change your own membership this way');
    // Coordinators manage members; only admins manage coordinators and admins.
    if (membership.role !== MembershipRole.MEMBER && permission === SpacePermission.MODERATE) {
      await this.access.require(caller, SpacePermission.ADMINISTER, membership.networkId);
    }
    return membership;
  }

  private async requireRepresentative(caller: Caller, organisationId: string): Promise<void> {
    const rows: unknown[] = await this.db.query(
      'SELECT 1 FROM organisation_representatives WHERE organisation_id = $1 AND user_id = $2',
      [organisationId, caller.userId],
    );
    if (!rows.length) throw forbidden('You can only name an organisation you represent');
  }

  private async listOrganisation(tx: { query: DataSource['query'] }, networkId: string, organisationId: string) {
    await tx.query(
      'INSERT INTO network_organisations (network_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [networkId, organisationId],
    );
  }

  /** `previousStatus` is null for a new membership (so listeners can tell a request from an approval). */
  private async announce(membership: MembershipEntity, previousStatus: MembershipStatus | null = null): Promise<void> {
    await this.bus.publish(MEMBERSHIP_UPDATED, {
      networkId: membership.networkId,
      membershipId: membership.id,
      userId: membership.userId,
      status: membership.status,
      previousStatus,
    });
  }

  async requirePlatformAdmin(caller: Caller): Promise<void> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM users WHERE id = $1 AND is_platform_admin', [caller.userId]);
    if (!rows.length) throw forbidden('Only a platform admin can do this');
  }

  /** Used by the live subscription to check each event against the subscriber's rights. */
  async mayWatchMembership(caller: Caller | null, membership: { networkId: string; userId: string }): Promise<boolean> {
    if (!caller) return false;
    if (membership.userId === caller.userId) return true;
    return this.access.can(caller, SpacePermission.MODERATE, membership.networkId);
  }
}
