import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, type Caller, DomainError, forbidden, isId, notFound, unauthenticated } from '@community-hub/api-common';
import { SpaceKind } from '../entities/space.entity';
import { SpacePermission } from './space-permission';

/**
 * Decides for one kind of space which of the given space ids a caller holds a
 * permission on, in one query. The consortia domain registers its own.
 */
export interface SpaceAccessPolicy {
  readonly kind: SpaceKind;
  allowedSpaceIds(caller: Caller | null, permission: SpacePermission, spaceIds: string[]): Promise<Set<string>>;
  /**
   * SQL selecting one column, `space_id`: every space of this kind on which
   * the caller (the uuid bound at `callerParam`) holds `permission`. Lets
   * queries such as search apply the rules inside the database. `callerParam`
   * may be a column of an outer query (e.g. one row per recipient): callers must
   * give that outer table an alias no policy uses (policies use short ones: s, n,
   * m, u, cm, r).
   */
  spacesSql(permission: SpacePermission, callerParam: string): string;
}

const NO_USER = '00000000-0000-0000-0000-000000000000';

/**
 * SQL that is true when the caller (parameter `callerParam`) holds `permission`
 * on network `n` through membership `m` (LEFT JOINed ACTIVE membership of the
 * caller) or as platform admin (`u`, LEFT JOINed user row). Shared by every
 * query that filters by access, so lists and counts follow the same rules.
 */
export function networkPermissionSql(permission: SpacePermission, aliases = { n: 'n', m: 'm', u: 'u' }): string {
  const { n, m, u } = aliases;
  const admin = `COALESCE(${u}.is_platform_admin, false)`;
  switch (permission) {
    case SpacePermission.DISCOVER:
      return `(${n}.visibility = 'PUBLIC' OR ${u}.id IS NOT NULL)`;
    case SpacePermission.READ:
      return `(${n}.visibility = 'PUBLIC' OR ${m}.id IS NOT NULL OR ${admin})`;
    case SpacePermission.WRITE:
      return `(${m}.id IS NOT NULL OR ${admin})`;
    case SpacePermission.MODERATE:
      return `(${m}.role IN ('COORDINATOR', 'ADMIN') OR ${admin})`;
    case SpacePermission.ADMINISTER:
      return `(${m}.role = 'ADMIN' OR ${admin})`;
  }
}

/** The joins `networkPermissionSql` expects, for a caller id bound at `callerParam`. */
export function networkCallerJoins(callerParam: string, aliases = { n: 'n', m: 'm', u: 'u' }): string {
  const { n, m, u } = aliases;
  return (
    `LEFT JOIN memberships ${m} ON ${m}.network_id = ${n}.id AND ${m}.user_id = ${callerParam} AND ${m}.status = 'ACTIVE' ` +
    `LEFT JOIN users ${u} ON ${u}.id = ${callerParam}`
  );
}

export function callerIdOrNone(caller: Caller | null): string {
  return caller?.userId ?? NO_USER;
}

@Injectable()
export class NetworkSpaceAccessPolicy implements SpaceAccessPolicy {
  readonly kind = SpaceKind.NETWORK;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async allowedSpaceIds(caller: Caller | null, permission: SpacePermission, spaceIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT s.id FROM spaces s JOIN networks n ON n.id = s.network_id ${networkCallerJoins('$1')}
       WHERE s.kind = 'NETWORK' AND s.id = ANY($2::uuid[]) AND ${networkPermissionSql(permission)}`,
      [callerIdOrNone(caller), spaceIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  spacesSql(permission: SpacePermission, callerParam: string): string {
    return `SELECT s.id AS space_id FROM spaces s JOIN networks n ON n.id = s.network_id ${networkCallerJoins(callerParam)}
            WHERE s.kind = 'NETWORK' AND ${networkPermissionSql(permission)}`;
  }
}

/** Where new content goes: a network's own space, or a consortium's private workspace. Exactly one is given. */
export interface SpaceTarget {
  networkId?: string | null;
  consortiumId?: string | null;
}

export interface RequireOptions {
  /**
   * Name of the record being reached through the space (e.g. "Thread"). When
   * set, a caller who may not read the space is told that record was not found,
   * so private records are never confirmed to exist.
   */
  resource?: string;
}

/**
 * The one access helper: "may this caller do X in these spaces?". Deny by
 * default: a space kind with no registered policy allows nothing.
 */
@Injectable()
export class SpaceAccessService {
  private readonly policies = new Map<SpaceKind, SpaceAccessPolicy>();
  /** `spacesSql` texts, built once per permission and parameter (hot lists embed them); dropped when a policy registers. */
  private readonly spacesSqlTexts = new Map<string, string>();

  constructor(
    networkPolicy: NetworkSpaceAccessPolicy,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    this.register(networkPolicy);
  }

  register(policy: SpaceAccessPolicy): void {
    this.policies.set(policy.kind, policy);
    this.spacesSqlTexts.clear();
  }

  /** The subset of `spaceIds` on which the caller holds `permission`. */
  async allowed(caller: Caller | null, permission: SpacePermission, spaceIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(spaceIds)].filter(isId);
    if (!ids.length) return new Set();
    const allowed = new Set<string>();
    // Networks first (the common case); later policies are only asked about the ids still undecided.
    let remaining = ids;
    for (const policy of this.policies.values()) {
      if (!remaining.length) break;
      for (const id of await policy.allowedSpaceIds(caller, permission, remaining)) allowed.add(id);
      remaining = remaining.filter((id) => !allowed.has(id));
    }
    return allowed;
  }

  /** SQL selecting `space_id` of every space (of any kind) on which the caller bound at `callerParam` holds `permission`. */
  spacesSql(permission: SpacePermission, callerParam: string): string {
    const key = `${permission}:${callerParam}`;
    let text = this.spacesSqlTexts.get(key);
    if (text === undefined) {
      const parts = [...this.policies.values()].map((policy) => policy.spacesSql(permission, callerParam));
      text = parts.length ? parts.join(' UNION ALL ') : 'SELECT NULL::uuid AS space_id WHERE false';
      this.spacesSqlTexts.set(key, text);
    }
    return text;
  }

  async can(caller: Caller | null, permission: SpacePermission, spaceId: string): Promise<boolean> {
    return (await this.allowed(caller, permission, [spaceId])).has(spaceId);
  }

  /** Throws the right coded error unless the caller holds `permission` on the space. */
  async require(
    caller: Caller | null,
    permission: SpacePermission,
    spaceId: string,
    options: RequireOptions = {},
  ): Promise<void> {
    if (await this.can(caller, permission, spaceId)) return;
    throw await this.denial(caller, permission, spaceId, options);
  }

  /**
   * The space an input names (exactly one of networkId or consortiumId), once
   * the caller is known to hold `permission` there. A consortium the caller is
   * not in is "not found", exactly like one that does not exist.
   */
  async requireTarget(caller: Caller | null, permission: SpacePermission, target: SpaceTarget): Promise<string> {
    const given = [target.networkId, target.consortiumId].filter((id): id is string => Boolean(id));
    if (given.length !== 1) {
      throw badInput('Say where: give either networkId or consortiumId', [
        { field: 'networkId', message: 'give exactly one of networkId and consortiumId' },
      ]);
    }
    const kind = target.consortiumId ? SpaceKind.CONSORTIUM : SpaceKind.NETWORK;
    const spaceId = given[0];
    const noun = kind === SpaceKind.CONSORTIUM ? 'Consortium' : 'Network';
    const rows: unknown[] = isId(spaceId) ? await this.db.query('SELECT 1 FROM spaces WHERE id = $1 AND kind = $2', [spaceId, kind]) : [];
    if (!rows.length) throw notFound(noun);
    // A consortium workspace is invisible to everyone outside it: never FORBIDDEN, always NOT_FOUND.
    await this.require(caller, permission, spaceId, kind === SpaceKind.CONSORTIUM ? { resource: noun } : {});
    return spaceId;
  }

  private async denial(
    caller: Caller | null,
    permission: SpacePermission,
    spaceId: string,
    options: RequireOptions,
  ): Promise<DomainError> {
    const visibleLevel = options.resource ? SpacePermission.READ : SpacePermission.DISCOVER;
    if (permission === visibleLevel || !(await this.can(caller, visibleLevel, spaceId))) {
      return notFound(options.resource ?? 'Network');
    }
    if (!caller) return unauthenticated();
    switch (permission) {
      case SpacePermission.READ:
        return forbidden('Only active members can see this');
      case SpacePermission.WRITE:
        return forbidden('Only active members can do this; join the network first, or wait for approval');
      case SpacePermission.MODERATE:
        return forbidden('Only coordinators can do this');
      default:
        return forbidden('Only admins of this network can do this');
    }
  }
}
