import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import {
  badInput,
  type Caller,
  DomainError,
  forbidden,
  isId,
  notFound,
  type RequestContext,
  requestLoader,
  unauthenticated,
} from '@community-hub/api-common';
import { ACCESS_RULES, type AccessRule, Permission, RECORD_SOURCES } from './access-rules';
import { callerIdOrNone, type SpaceAccessPolicy } from './space-access.policy';
import { SpaceKind } from './space-kind';
import { SpacePermission } from './space-permission';

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
 * Checks the caller's account may contribute at all (registered by accounts: a verified
 * email); throws a coded error when not. Asked after the space rules allowed the act.
 */
export type ContributorCheck = (caller: Caller) => Promise<void>;

/** A question about records: "may this caller do `permission` to these ids?" (Immich's `requireAccess`). */
export interface AccessRequest {
  caller: Caller | null;
  permission: Permission;
  ids: readonly string[];
}

/** What the access query found out about one record the caller may act on. */
export interface AccessGrant {
  id: string;
  spaceId: string;
  /** Allowed as the record's owner (author, uploader, organiser) rather than as a moderator. */
  asOwner: boolean;
}

interface RecordVerdict {
  id: string;
  space_id: string;
  visible: boolean;
  anyone: boolean;
  is_owner: boolean;
  as_owner: boolean;
}

/** How the space-level `holds` expressions name the space row and the caller in the record query. */
const SPACE = 'acc_s';
const CALLER = '$1::uuid';

/**
 * The one access helper: "may this caller do X to these records, or in these
 * spaces?", each asked in one statement that joins every record to its space.
 * Deny by default: a space kind with no registered policy allows nothing, an
 * id that does not exist is refused, and one refused id refuses the call.
 */
@Injectable()
export class SpaceAccessService {
  private readonly policies = new Map<SpaceKind, SpaceAccessPolicy>();
  /** `spacesSql` texts, built once per permission and parameter (hot lists embed them); dropped when a policy registers. */
  private readonly spacesSqlTexts = new Map<string, string>();
  /** The record query per permission, and the space query per space permission; dropped when a policy registers. */
  private readonly statements = new Map<string, string>();
  private contributorCheck: ContributorCheck | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Called by the domain that owns a kind of space (networks, consortia) when its module starts. */
  register(policy: SpaceAccessPolicy): void {
    this.policies.set(policy.kind, policy);
    this.spacesSqlTexts.clear();
    this.statements.clear();
  }

  /** Called by accounts when its module starts: what else a contribution (a space-level WRITE, or a rule marked `contributes`) needs. */
  registerContributorCheck(check: ContributorCheck): void {
    this.contributorCheck = check;
  }

  /** Throws unless the caller's account may contribute (see `registerContributorCheck`); for acts with no space rule of their own. */
  async requireContributor(caller: Caller | null): Promise<void> {
    if (!caller) throw unauthenticated();
    await this.contributorCheck?.(caller);
  }

  // ---- records ----------------------------------------------------------------

  /**
   * Throws unless the caller may do `permission` to every one of `ids`: NOT_FOUND
   * (naming the record) when any of them does not exist or the caller may not
   * see it, so a private record is never confirmed to exist; otherwise
   * UNAUTHENTICATED for an anonymous caller, FORBIDDEN for a signed-in one.
   * One statement, whatever the number of ids.
   */
  async requireAccess(request: AccessRequest): Promise<Map<string, AccessGrant>> {
    const rule = ACCESS_RULES[request.permission];
    const ids = [...new Set(request.ids)];
    const verdicts = await this.verdicts(request.caller, request.permission, ids);
    if (verdicts.size < ids.length || [...verdicts.values()].some((v) => !v.visible)) {
      throw notFound(RECORD_SOURCES[rule.record].noun);
    }
    const refused = [...verdicts.values()].find((v) => !(v.anyone || v.as_owner));
    if (refused) {
      if (!request.caller) throw unauthenticated();
      throw forbidden(rule.refusal ?? refusalFor(refused.is_owner && rule.owner ? rule.owner : rule.anyone));
    }
    if (rule.contributes) await this.requireContributor(request.caller);
    return new Map([...verdicts.values()].map((v) => [v.id, { id: v.id, spaceId: v.space_id, asOwner: v.as_owner }]));
  }

  /** `requireAccess` for one id. */
  async requireOne(caller: Caller | null, permission: Permission, id: string): Promise<AccessGrant> {
    return (await this.requireAccess({ caller, permission, ids: [id] })).get(id)!;
  }

  /** The ids (of `ids`) the caller may do `permission` to, refusing nothing: for fields such as `canManage`. */
  async checkAccess(request: AccessRequest): Promise<Set<string>> {
    const verdicts = await this.verdicts(request.caller, request.permission, [...new Set(request.ids)]);
    return new Set([...verdicts.values()].filter((v) => v.visible && (v.anyone || v.as_owner)).map((v) => v.id));
  }

  /**
   * Per request and permission, "may the caller do it to this id?" batched
   * across a page, for fields such as `canManage`: one statement per page.
   */
  allows(context: Pick<RequestContext, 'loaders' | 'caller'>, permission: Permission): DataLoader<string, boolean> {
    return requestLoader(context, loaderKey(permission), () =>
      new DataLoader(async (ids: readonly string[]) => {
        const allowed = await this.checkAccess({ caller: context.caller, permission, ids });
        return ids.map((id) => allowed.has(id));
      }),
    );
  }

  private async verdicts(caller: Caller | null, permission: Permission, ids: string[]): Promise<Map<string, RecordVerdict>> {
    const wanted = ids.filter(isId);
    if (!wanted.length) return new Map();
    const rows: RecordVerdict[] = await this.db.query(this.recordStatement(permission), [callerIdOrNone(caller), wanted]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * One row per record found: its space, whether the caller may see it, may act
   * as anyone, is its owner, and may act as its owner.
   */
  private recordStatement(permission: Permission): string {
    let text = this.statements.get(permission);
    if (text === undefined) {
      const rule: AccessRule = ACCESS_RULES[permission];
      const source = RECORD_SOURCES[rule.record];
      const holds = (level: SpacePermission) => this.holdsSql(level, SPACE, CALLER);
      const visible = source.visibleSql ? `(${holds(SpacePermission.READ)} AND ${source.visibleSql(holds, CALLER)})` : holds(SpacePermission.READ);
      const isOwner = source.ownerId ? `(${source.ownerId} = ${CALLER})` : 'false';
      text = `SELECT r.id::text AS id, ${source.spaceId}::text AS space_id,
        ${visible} AS visible,
        ${rule.anyone ? holds(rule.anyone) : 'false'} AS anyone,
        ${isOwner} AS is_owner,
        ${rule.owner ? `(${isOwner} AND ${holds(rule.owner)})` : 'false'} AS as_owner
        FROM ${source.from} JOIN spaces ${SPACE} ON ${SPACE}.id = ${source.spaceId}
        WHERE r.id = ANY($2::uuid[])${source.where ? ` AND ${source.where}` : ''}`;
      this.statements.set(permission, text);
    }
    return text;
  }

  /**
   * A boolean SQL expression: the caller (uuid SQL `caller`) holds `permission`
   * on the `spaces` row aliased `space`, whatever its kind; false for a kind
   * with no policy.
   */
  holdsSql(permission: SpacePermission, space: string, caller: string): string {
    const branches = [...this.policies.values()].map((p) => `WHEN '${p.kind}' THEN (${p.permissionSql(permission, { space, caller })})`);
    return branches.length ? `(CASE ${space}.kind ${branches.join(' ')} ELSE false END)` : 'false';
  }

  // ---- spaces -----------------------------------------------------------------

  /** The subset of `spaceIds` on which the caller holds `permission`, in one statement for every kind of space. */
  async allowed(caller: Caller | null, permission: SpacePermission, spaceIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(spaceIds)].filter(isId);
    if (!ids.length) return new Set();
    const key = `space:${permission}`;
    let text = this.statements.get(key);
    if (text === undefined) {
      text = `SELECT ${SPACE}.id::text AS id FROM spaces ${SPACE} WHERE ${SPACE}.id = ANY($2::uuid[]) AND ${this.holdsSql(permission, SPACE, CALLER)}`;
      this.statements.set(key, text);
    }
    const rows: { id: string }[] = await this.db.query(text, [callerIdOrNone(caller), ids]);
    return new Set(rows.map((r) => r.id));
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
    if (await this.can(caller, permission, spaceId)) {
      if (permission === SpacePermission.WRITE) await this.requireContributor(caller);
      return;
    }
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
    return forbidden(refusalFor(permission));
  }
}

const loaderKeys = new Map<Permission, symbol>();
function loaderKey(permission: Permission): symbol {
  let key = loaderKeys.get(permission);
  if (!key) loaderKeys.set(permission, (key = Symbol(`access:${permission}`)));
  return key;
}

function refusalFor(permission: SpacePermission | null): string {
  switch (permission) {
    case SpacePermission.READ:
      return 'Only active members can see this';
    case SpacePermission.WRITE:
      return 'Only active members can do this; join the network first, or wait for approval';
    case SpacePermission.MODERATE:
      return 'Only coordinators can do this';
    case SpacePermission.ADMINISTER:
      return 'Only admins of this network can do this';
    default:
      return 'You do not have permission to do that';
  }
}
