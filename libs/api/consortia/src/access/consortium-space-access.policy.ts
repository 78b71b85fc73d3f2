import { Injectable } from '@nestjs/common';
import { type SpaceAccessPolicy, SpaceKind, SpacePermission } from '@community-hub/api-access';

/**
 * A consortium's workspace is open only to people who represent an ACCEPTED
 * member organisation (the lead included) and are active members of the
 * network it sits in. Nobody else, network coordinators and platform admins
 * included, may even know it exists. The lead's representatives moderate it.
 */
export function consortiumAccessSql(permission: SpacePermission, aliases = { s: 's', caller: '$1' }): string {
  const { s, caller } = aliases;
  const leadOnly = permission === SpacePermission.MODERATE || permission === SpacePermission.ADMINISTER;
  return `EXISTS (
    SELECT 1 FROM consortium_members cm
    JOIN organisation_representatives r ON r.organisation_id = cm.organisation_id AND r.user_id = ${caller}
    JOIN memberships m ON m.network_id = ${s}.network_id AND m.user_id = ${caller} AND m.status = 'ACTIVE'
    WHERE cm.consortium_id = ${s}.id AND cm.status = 'ACCEPTED'${leadOnly ? " AND cm.role = 'LEAD'" : ''})`;
}

@Injectable()
export class ConsortiumSpaceAccessPolicy implements SpaceAccessPolicy {
  readonly kind = SpaceKind.CONSORTIUM;

  permissionSql(permission: SpacePermission, refs: { space: string; caller: string }): string {
    return consortiumAccessSql(permission, { s: refs.space, caller: refs.caller });
  }

  spacesSql(permission: SpacePermission, callerParam: string): string {
    return `SELECT s.id AS space_id FROM spaces s WHERE s.kind = 'CONSORTIUM' AND ${consortiumAccessSql(permission, { s: 's', caller: callerParam })}`;
  }
}
