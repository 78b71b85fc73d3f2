import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Caller } from '@community-hub/api-common';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { AuditService } from './audit.service';

/** A network's safety settings; changing one is a moderation action (logged). */
@Injectable()
export class SafetySettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: SpaceAccessService,
    private readonly audit: AuditService,
  ) {}

  async holdsNewcomerPosts(caller: Caller | null, networkId: string): Promise<boolean> {
    await this.access.require(caller, SpacePermission.MODERATE, networkId);
    return this.holdsNewcomerPostsIn(networkId);
  }

  /** No access check: for the posting rule, which runs for the author. */
  async holdsNewcomerPostsIn(networkId: string): Promise<boolean> {
    const rows: { hold_newcomer_posts: boolean }[] = await this.db.query('SELECT hold_newcomer_posts FROM network_safety_settings WHERE network_id = $1', [networkId]);
    return rows[0]?.hold_newcomer_posts ?? false;
  }

  async setHoldNewcomerPosts(caller: Caller, networkId: string, enabled: boolean): Promise<boolean> {
    await this.access.require(caller, SpacePermission.MODERATE, networkId);
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO network_safety_settings (network_id, hold_newcomer_posts) VALUES ($1, $2)
         ON CONFLICT (network_id) DO UPDATE SET hold_newcomer_posts = EXCLUDED.hold_newcomer_posts, updated_at = now()`,
        [networkId, enabled],
      );
      await this.audit.record(tx, {
        networkId,
        spaceId: networkId,
        actorId: caller.userId,
        action: enabled ? 'NEWCOMER_HOLD_ON' : 'NEWCOMER_HOLD_OFF',
        subjectKind: 'NETWORK',
        subjectId: networkId,
        note: '',
      });
    });
    return enabled;
  }
}
