import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SecurityEventKind, SecurityLogService, SessionService } from '@community-hub/api-accounts';
import { badInput, type Caller } from '@community-hub/api-common';
import { NetworksService } from '@community-hub/api-networks';
import { AuditService } from './audit.service';
import { PlatformSuspensionEntity } from './entities/platform-suspension.entity';

/**
 * Platform-wide suspensions: platform admins suspend and lift. Suspending ends every
 * session of the person (on every API instance, through SessionService) and sign-in is
 * refused while the suspension stands (AccountsService's sign-in check), so no token of
 * theirs works. Both are recorded in the person's security log and in the audit log.
 */
@Injectable()
export class SuspensionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly networks: NetworksService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly securityLog: SecurityLogService,
  ) {}

  /** Asked at sign-in: one primary-key lookup. */
  async isSuspended(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM platform_suspensions WHERE user_id = $1', [userId]);
    return rows.length > 0;
  }

  async suspend(caller: Caller, userId: string, note: string): Promise<boolean> {
    await this.networks.requirePlatformAdmin(caller);
    if (userId === caller.userId) throw badInput('You cannot suspend yourself', [{ field: 'userId', message: 'not yourself' }]);
    const suspended = await this.db.transaction(async (tx) => {
      // An INSERT answers with its RETURNING rows: none when already suspended or no such person.
      const inserted: unknown[] = await tx.query(
        `INSERT INTO platform_suspensions (user_id, suspended_by_id, note) SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM users WHERE id = $1)
         ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
        [userId, caller.userId, note.trim()],
      );
      if (inserted.length) {
        await this.audit.record(tx, { networkId: null, spaceId: null, actorId: caller.userId, action: 'PLATFORM_SUSPENDED', subjectKind: 'USER', subjectId: userId, note: note.trim() });
      }
      return inserted.length > 0;
    });
    if (suspended) {
      await this.securityLog.record(userId, SecurityEventKind.SUSPENDED, { detail: 'by a platform administrator' });
    }
    // After the commit, so a sign-in that passed the check just before cannot keep its session.
    await this.sessions.endAllFor(userId, { detail: 'suspended by a platform administrator' });
    return true;
  }

  async lift(caller: Caller, userId: string, note: string): Promise<boolean> {
    await this.networks.requirePlatformAdmin(caller);
    const lifted = await this.db.transaction(async (tx) => {
      const [, deleted]: [unknown, number] = await tx.query('DELETE FROM platform_suspensions WHERE user_id = $1', [userId]);
      if (deleted) {
        await this.audit.record(tx, { networkId: null, spaceId: null, actorId: caller.userId, action: 'PLATFORM_SUSPENSION_LIFTED', subjectKind: 'USER', subjectId: userId, note: note.trim() });
      }
      return deleted > 0;
    });
    if (lifted) await this.securityLog.record(userId, SecurityEventKind.UNSUSPENDED, { detail: 'by a platform administrator' });
    return true;
  }

  async list(caller: Caller): Promise<PlatformSuspensionEntity[]> {
    await this.networks.requirePlatformAdmin(caller);
    return this.db.getRepository(PlatformSuspensionEntity).find({ order: { createdAt: 'DESC' }, take: 500 });
  }
}
