import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
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
import { queryPrepared } from '@community-hub/api-database';
import { BusClearedCache, EventBus } from '@community-hub/api-pubsub';
import { isValidSlug } from '@community-hub/shared-validation';
import { callerIdOrNone, SpaceAccessService, SpaceKind, SpacePermission } from '@community-hub/api-access';
import { PlatformAdminAccess } from '@community-hub/api-accounts';
import { networkCallerJoins, networkPermissionSql } from './network-space-access.policy';
import { UpdateNetworkInput } from './dto/update-network.input';
import { CreateNetworkInput } from './dto/create-network.input';
import { MembershipEntity, MembershipRole, MembershipStatus } from './entities/membership.entity';
import { NetworkEntity, NetworkVisibility } from './entities/network.entity';
import { NetworksNotices } from './networks.notices';
import { SpaceEntity } from './entities/space.entity';

export const MEMBERSHIP_UPDATED = 'membership.updated';
export const MEMBERSHIP_REMOVED = 'membership.removed';

const NETWORKS_BY_ID = Symbol('networks-by-id');
const CHANGED_MEANWHILE = 'This membership has just been changed by someone else; reload to see where it stands';
const MY_MEMBERSHIP_BY_NETWORK = Symbol('my-membership-by-network');
const MEMBERSHIPS_BY_ID = Symbol('memberships-by-id');
/** Announced on the event bus when a network's settings change: every instance drops its entry. */
const NETWORK_CHANGED = 'network.changed';
/** The longest a network's row is trusted without hearing of a change (the bus replays nothing). */
export const NETWORK_ROW_TTL_MS = 30_000;

interface NetworkRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  area: string;
  welcome_message: string;
  visibility: NetworkVisibility;
  created_at: Date;
  updated_at: Date;
}

@Injectable()
export class NetworksService implements OnModuleInit, OnModuleDestroy {
  /**
   * Public and private networks by address: the row is the same for every caller, and who
   * may know of them needs no membership (public: anyone; private: anyone signed in, and a
   * caller is signed in only while their session is open, which ends on every instance when
   * the account is deleted or suspended). `update` drops a row on every instance through the
   * event bus. Hidden networks are always read afresh with the caller's rights.
   */
  private readonly bySlug: BusClearedCache<NetworkRow>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(NetworkEntity) private readonly networks: Repository<NetworkEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly access: SpaceAccessService,
    private readonly bus: EventBus,
    private readonly notices: NetworksNotices,
    private readonly adminAccess: PlatformAdminAccess,
  ) {
    this.bySlug = new BusClearedCache<NetworkRow>(bus, { topic: NETWORK_CHANGED, ttlMs: NETWORK_ROW_TTL_MS, max: 10_000 });
  }

  onModuleInit(): void {
    this.bySlug.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.bySlug.stop();
  }

  // ---- networks ---------------------------------------------------------

  /** Networks the caller may know of: public ones to anyone, private ones to signed-in people, hidden ones to their members (platform admins: all). */
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
   * ones to anyone, private ones to signed-in people whose account exists, hidden
   * ones to their active members), in one statement, or none for a public or private
   * network read in the last 30 s (kept per instance, dropped on every instance when
   * `update` changes it, see `bySlug`). Every network page starts here: the
   * network found is handed to the request's networks-by-id loader, so the rest
   * of the page (a thread's or a member's network) does not read it again.
   */
  async findBySlug(caller: Caller | null, slug: string, context?: Pick<RequestContext, 'loaders'>): Promise<NetworkEntity | null> {
    const found = await this.bySlug.get(slug, () => this.readBySlug(caller, slug), (row) => row.visibility !== NetworkVisibility.HIDDEN);
    // A kept private network (read for someone else) is for signed-in callers only: the SQL rule's `u.id IS NOT NULL`.
    const row = found?.visibility === NetworkVisibility.PRIVATE && !caller ? null : found;
    if (!row) return null;
    const network = Object.assign(new NetworkEntity(), {
      id: row.id,
      slug: row.slug,
      name: row.name,
      description: row.description,
      area: row.area,
      welcomeMessage: row.welcome_message,
      visibility: row.visibility,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
    if (context) this.networksById(context).prime(network.id, network);
    return network;
  }

  private async readBySlug(caller: Caller | null, slug: string): Promise<NetworkRow | null> {
    const rows = await queryPrepared<NetworkRow>(
      this.db,
      `SELECT n.id, n.slug, n.name, n.description, n.area, n.welcome_message, n.visibility, n.created_at, n.updated_at
       FROM networks n ${networkCallerJoins('$2')}
       WHERE n.slug = $1 AND ${networkPermissionSql(SpacePermission.DISCOVER)}`,
      [slug, callerIdOrNone(caller)],
    );
    return rows[0] ?? null;
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
            welcomeMessage: input.welcomeMessage?.trim() ?? '',
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

  /**
   * Coordinators (and network or platform admins) change the settings. Only the
   * fields given change. Every instance drops its cached row of the network once the
   * change is made, so the next lookup anywhere reads the new settings.
   */
  async update(caller: Caller, input: UpdateNetworkInput): Promise<NetworkEntity> {
    await this.access.require(caller, SpacePermission.MODERATE, input.networkId);
    const changes: Partial<Pick<NetworkEntity, 'name' | 'description' | 'area' | 'welcomeMessage' | 'visibility'>> = {};
    if (input.name != null) {
      const name = input.name.trim();
      if (name.length < 2) throw badInput('A name needs at least 2 characters', [{ field: 'name', message: 'too short' }]);
      changes.name = name;
    }
    if (input.description != null) changes.description = input.description.trim();
    if (input.area != null) changes.area = input.area.trim();
    if (input.welcomeMessage != null) changes.welcomeMessage = input.welcomeMessage.trim();
    if (input.visibility != null) changes.visibility = input.visibility;
    if (Object.keys(changes).length) await this.networks.update({ id: input.networkId }, changes);
    const network = await this.networks.findOne({ where: { id: input.networkId } });
    if (!network) throw notFound('Network');
    if (Object.keys(changes).length) await this.bySlug.changed(network.slug);
    return network;
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
    if (network.visibility === NetworkVisibility.HIDDEN) {
      throw forbidden('This network is joined only by invitation; ask a coordinator to invite you');
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
        await this.notices.membershipUpdated(tx, saved, null);
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
      // Conditional: a request approved or declined meanwhile is not withdrawn on top of that.
      const deleted = await tx.delete(MembershipEntity, { id: membership.id, status: membership.status, role: membership.role });
      if (!deleted.affected) throw conflict(CHANGED_MEANWHILE);
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
    const deleted = await this.memberships.delete({ id: membership.id, status: MembershipStatus.PENDING });
    if (!deleted.affected) throw conflict('This request has just been answered or withdrawn; reload to see where it stands');
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
      // An update, never an upsert: a membership ended meanwhile is not brought back.
      const updated = await tx.update(MembershipEntity, { id: membership.id, status: MembershipStatus.ACTIVE }, { organisationId });
      if (!updated.affected) throw conflict(CHANGED_MEANWHILE);
      if (organisationId) await this.listOrganisation(tx, networkId, organisationId);
      return tx.findOneByOrFail(MembershipEntity, { id: membership.id });
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
    const { status: previousStatus, role: previousRole } = membership;
    change(membership);
    if (membership.status === previousStatus && membership.role === previousRole) return membership;
    const saved = await this.db.transaction(async (tx) => {
      // Conditional on what was read: of two changes at once (approve and decline, approve
      // and withdraw), exactly one applies and the other is told so. Never an upsert, so a
      // request deleted meanwhile stays deleted.
      const updated = await tx.getRepository(MembershipEntity).update(
        { id: membership.id, status: previousStatus, role: previousRole },
        { status: membership.status, role: membership.role },
      );
      if (!updated.affected) throw conflict(CHANGED_MEANWHILE);
      const changed = await tx.getRepository(MembershipEntity).findOneByOrFail({ id: membership.id });
      await this.notices.membershipUpdated(tx, changed, previousStatus);
      if ((changed.status === MembershipStatus.SUSPENDED) !== (previousStatus === MembershipStatus.SUSPENDED)) {
        await this.notices.membershipModerated(tx, changed, caller.userId, changed.status === MembershipStatus.SUSPENDED);
      }
      return changed;
    });
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
  async announce(membership: MembershipEntity, previousStatus: MembershipStatus | null = null): Promise<void> {
    await this.bus.publish(MEMBERSHIP_UPDATED, {
      networkId: membership.networkId,
      membershipId: membership.id,
      userId: membership.userId,
      status: membership.status,
      previousStatus,
    });
  }

  async requirePlatformAdmin(caller: Caller): Promise<void> {
    await this.adminAccess.require(caller);
  }

  /** Used by the live subscription to check each event against the subscriber's rights. */
  async mayWatchMembership(caller: Caller | null, membership: { networkId: string; userId: string }): Promise<boolean> {
    if (!caller) return false;
    if (membership.userId === caller.userId) return true;
    return this.access.can(caller, SpacePermission.MODERATE, membership.networkId);
  }
}
