import type { Caller } from '@community-hub/api-common';
import type { SpaceKind } from './space-kind';
import type { SpacePermission } from './space-permission';

/**
 * Decides for one kind of space who holds which permission, as SQL, so the
 * access service can answer for records of every kind of space in one
 * statement. The domain that owns the kind registers it (networks, consortia),
 * so the access library depends on none of them; a kind nobody registered
 * allows nothing.
 */
export interface SpaceAccessPolicy {
  readonly kind: SpaceKind;
  /**
   * A boolean SQL expression: the caller (the uuid SQL expression `refs.caller`)
   * holds `permission` on the `spaces` row aliased `refs.space` (known to be of
   * this kind). Policies use short aliases inside their own subqueries (n, m, u,
   * cm, r): `refs.space` must be none of them.
   */
  permissionSql(permission: SpacePermission, refs: { space: string; caller: string }): string;
  /**
   * SQL selecting one column, `space_id`: every space of this kind on which
   * the caller (the uuid bound at `callerParam`) holds `permission`. Lets
   * queries such as search apply the rules inside the database. `callerParam`
   * may be a column of an outer query (e.g. one row per recipient): callers must
   * give that outer table an alias no policy uses (s, n, m, u, cm, r).
   */
  spacesSql(permission: SpacePermission, callerParam: string): string;
}

/** Bound for an anonymous caller: matches no user, membership or representative. */
export const NO_USER = '00000000-0000-0000-0000-000000000000';

export function callerIdOrNone(caller: Caller | null): string {
  return caller?.userId ?? NO_USER;
}
