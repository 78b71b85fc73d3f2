import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '@community-hub/api-common';
import { callerIdOrNone, type SpaceAccessPolicy, SpaceKind, SpacePermission } from '@community-hub/api-networks';

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

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async allowedSpaceIds(caller: Caller | null, permission: SpacePermission, spaceIds: string[]): Promise<Set<string>> {
    if (!caller) return new Set();
    const rows: { id: string }[] = await this.db.query(
      `SELECT s.id FROM spaces s WHERE s.kind = 'CONSORTIUM' AND s.id = ANY($2::uuid[]) AND ${consortiumAccessSql(permission)}`,
      [callerIdOrNone(caller), spaceIds],
    );
    return new Set(rows.map((r) => r.id));
  }

  spacesSql(permission: SpacePermission, callerParam: string): string {
    return `SELECT s.id AS space_id FROM spaces s WHERE s.kind = 'CONSORTIUM' AND ${consortiumAccessSql(permission, { s: 's', caller: callerParam })}`;
  }
}
