import { Injectable } from '@nestjs/common';
import { type SpaceAccessPolicy, SpaceKind, SpacePermission } from '@community-hub/api-access';

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
      // HIDDEN: as if it did not exist, for everyone but its active members and platform admins.
      return `(${n}.visibility = 'PUBLIC' OR (${n}.visibility = 'PRIVATE' AND ${u}.id IS NOT NULL) OR ${m}.id IS NOT NULL OR ${admin})`;
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

/** A network's own space: public networks are readable by anyone, members write, coordinators moderate, platform admins do all. */
@Injectable()
export class NetworkSpaceAccessPolicy implements SpaceAccessPolicy {
  readonly kind = SpaceKind.NETWORK;

  permissionSql(permission: SpacePermission, refs: { space: string; caller: string }): string {
    return `EXISTS (SELECT 1 FROM networks n ${networkCallerJoins(refs.caller)}
            WHERE n.id = ${refs.space}.network_id AND ${networkPermissionSql(permission)})`;
  }

  spacesSql(permission: SpacePermission, callerParam: string): string {
    return `SELECT s.id AS space_id FROM spaces s JOIN networks n ON n.id = s.network_id ${networkCallerJoins(callerParam)}
            WHERE s.kind = 'NETWORK' AND ${networkPermissionSql(permission)}`;
  }
}
