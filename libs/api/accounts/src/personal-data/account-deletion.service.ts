import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { unauthenticated } from '@community-hub/api-common';
import { handoverRequired, passwordRequired, wrongPassword } from '../accounts.errors';
import { FORMER_MEMBER_NAME } from '../accounts.service';
import { SecurityEventKind } from '../security-log/security-event-kind';
import { type SecurityEventContext, SecurityLogService } from '../security-log/security-log.service';
import { SessionService } from '../sessions/session.service';
import { UserEntity } from '../entities/user.entity';
import { DataExportService } from './data-export.service';
import { type HandoverItem, PersonalDataRegistry } from './personal-data.registry';

/**
 * "Delete my account" (UK GDPR art. 17): the person's row stays, so their posts and
 * documents keep an author, but it holds nothing personal any more: the name becomes
 * "Former member", the email an address nobody can have (so the real one can sign up
 * again), no password. Every domain erases its own part (memberships, representations,
 * preferences, …) in the same transaction; a person who is the last admin of a network
 * or the lead of an active consortium is told what to hand over first.
 */
@Injectable()
export class AccountDeletionService {
  private readonly logger = new Logger(AccountDeletionService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly securityLog: SecurityLogService,
    private readonly registry: PersonalDataRegistry,
    private readonly exports: DataExportService,
  ) {}

  /** Refuses unless `password` is the account's (an account without a password needs none). */
  async confirmPassword(userId: string, password: string | null | undefined): Promise<void> {
    const user = await this.db.getRepository(UserEntity).findOne({ where: { id: userId } });
    if (!user || user.deletedAt) throw unauthenticated('Your account no longer exists');
    if (!user.passwordHash) return;
    if (!password) throw passwordRequired();
    if (!(await argon2.verify(user.passwordHash, password))) throw wrongPassword();
  }

  /**
   * Resolves once everything personal is erased (the password was confirmed first).
   *
   * The person's sessions rows and security log go in the same transaction. Of the log,
   * one entry stays, for fraud prevention (an account taken over and then deleted):
   * ACCOUNT_DELETED with its time and the address the deletion came from, tied to the
   * anonymous "Former member" row, no device, no detail; it goes with the normal
   * SECURITY_LOG_RETENTION_MONTHS purge. Once committed, `endAllFor` tells every instance
   * (event bus) to drop its cached checks, so every token of the account is anonymous
   * and its open WebSockets close at once.
   */
  async deleteAccount(userId: string, origin: SecurityEventContext = {}): Promise<void> {
    const user = await this.db.getRepository(UserEntity).findOne({ where: { id: userId } });
    if (!user || user.deletedAt) throw unauthenticated('Your account no longer exists');
    await this.db.transaction(async (tx) => {
      const locked: unknown[] = await tx.query('SELECT id FROM users WHERE id = $1 AND deleted_at IS NULL FOR UPDATE', [userId]);
      if (!locked.length) throw unauthenticated('Your account no longer exists');
      const handover: HandoverItem[] = [];
      for (const part of this.registry.all()) if (part.handoverRequired) handover.push(...(await part.handoverRequired(userId, tx)));
      if (handover.length) throw handoverRequired(handover);
      for (const part of this.registry.all()) if (part.erase) await part.erase({ userId, formerName: user.name }, tx);
      await tx.query(
        `UPDATE users SET name = $2, email = $3, password_hash = '', is_platform_admin = false, deleted_at = now(), updated_at = now() WHERE id = $1`,
        [userId, FORMER_MEMBER_NAME, `former-member-${userId}@deleted.invalid`],
      );
      await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
      // Two-factor secrets, recovery codes and identity-provider links are personal data too: no way back in.
      await tx.query('DELETE FROM two_factor_recovery_codes WHERE user_id = $1', [userId]);
      await tx.query('DELETE FROM two_factor_secrets WHERE user_id = $1', [userId]);
      await tx.query('DELETE FROM oidc_links WHERE user_id = $1', [userId]);
      await tx.query('DELETE FROM security_log WHERE user_id = $1', [userId]);
      await this.securityLog.record(userId, SecurityEventKind.ACCOUNT_DELETED, { address: origin.address ?? null }, tx);
    });
    // Nothing is left to end (the rows are gone): this announces the end on every instance.
    await this.sessions.endAllFor(userId);
    await this.exports.removeAllFor(userId);
    this.logger.log(`Account ${userId} deleted by its owner`);
  }
}
