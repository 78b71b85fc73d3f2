import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Caller, type Page, PageArgs, paginate } from '@community-hub/api-common';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import type { AuditNotice, TransactionConnection } from '@community-hub/api-jobs';
import { NetworksService } from '@community-hub/api-networks';
import { AuditEntryEntity } from './entities/audit-entry.entity';

export type AuditRecord = Pick<AuditEntryEntity, 'networkId' | 'spaceId' | 'actorId' | 'action' | 'subjectKind' | 'subjectId' | 'note'>;

/** Rows per CSV export, at most (newest first). */
export const AUDIT_CSV_MAX = 10_000;

/**
 * The one audit log of moderation actions: written here for reports and platform
 * suspensions, and from other domains' notices (forum pins, locks and removals,
 * suspended memberships). A network's coordinators read its entries, except those
 * from consortium workspaces (private to their members); platform admins read all.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
    private readonly access: SpaceAccessService,
    private readonly networks: NetworksService,
  ) {}

  async record(tx: TransactionConnection, entry: AuditRecord, sourceKey: string | null = null, at?: string): Promise<void> {
    await tx.query(
      `INSERT INTO moderation_audit (network_id, space_id, actor_id, action, subject_kind, subject_id, note, source_key, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, COALESCE($9::timestamptz, now())) ON CONFLICT (source_key) DO NOTHING`,
      [entry.networkId, entry.spaceId, entry.actorId, entry.action, entry.subjectKind, entry.subjectId, entry.note, sourceKey, at ?? null],
    );
  }

  /** Another domain's notice: written once however often it is handled. */
  async fromNotice(notice: AuditNotice): Promise<void> {
    await this.record(this.entries.manager, notice, notice.key, notice.at);
  }

  /** A network's log: coordinators and admins of that network, platform admins. */
  async networkLog(caller: Caller | null, networkId: string, args: PageArgs): Promise<Page<AuditEntryEntity>> {
    await this.access.require(caller, SpacePermission.MODERATE, networkId);
    return this.page(this.networkQuery(networkId), args);
  }

  /** Everything, platform suspensions included: platform admins. */
  async platformLog(caller: Caller, args: PageArgs): Promise<Page<AuditEntryEntity>> {
    await this.networks.requirePlatformAdmin(caller);
    return this.page(this.entries.createQueryBuilder('a'), args);
  }

  /** The rows of a CSV export, newest first (the same checks as the pages). */
  async exportRows(caller: Caller | null, networkId: string | null): Promise<(AuditEntryEntity & { actor_name?: string })[]> {
    if (networkId) await this.access.require(caller, SpacePermission.MODERATE, networkId);
    else if (caller) await this.networks.requirePlatformAdmin(caller);
    const query = networkId ? this.networkQuery(networkId) : this.entries.createQueryBuilder('a');
    return query.leftJoinAndSelect('a.actor', 'actor').orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').take(AUDIT_CSV_MAX).getMany();
  }

  private networkQuery(networkId: string) {
    // Consortium workspaces sit in a network but are not its coordinators' business.
    return this.entries
      .createQueryBuilder('a')
      .where('a.network_id = :networkId AND (a.space_id IS NULL OR a.space_id = a.network_id)', { networkId });
  }

  private page(query: ReturnType<Repository<AuditEntryEntity>['createQueryBuilder']>, args: PageArgs) {
    return paginate(query, args, { columns: ['a.created_at', 'a.id'], direction: 'DESC', cursorOf: (a) => [a.createdAt.toISOString(), a.id] });
  }
}
