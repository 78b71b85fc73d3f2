import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type EntityManager, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { badInput, type Caller, type Page, type PageArgs, paginate } from '@community-hub/api-common';
import { normaliseEmail } from '@community-hub/shared-validation';
import { UserEntity } from '../entities/user.entity';
import { PlatformAdminAccess } from '../two-factor/platform-admin-access';
import { SecurityEventKind } from './security-event-kind';
import { SecurityLogEntity } from './security-log.entity';

/** Where and how an event came about: the request's client address and User-Agent, and a short note. */
export interface SecurityEventContext {
  address?: string | null;
  userAgent?: string | null;
  /** Plain words for the person reading their log ("from another device", "network X: MEMBER to COORDINATOR"). */
  detail?: string | null;
}

/** What platform admins search the log by (all optional, combined with AND). */
export interface SecurityLogSearch {
  /** A person's id, or (containing "@") their email. */
  person?: string | null;
  kind?: SecurityEventKind | null;
  from?: Date | null;
  to?: Date | null;
}

/** At most this many rows in one CSV download. */
export const SECURITY_LOG_CSV_MAX_ROWS = 50_000;

const MAX_DETAIL = 500;
const MAX_USER_AGENT = 512;
const MAX_ADDRESS = 64;

/**
 * The security log: what happened to each account, when, from where and on what
 * device. Every domain records its own events through `record()` (sign-ins, resets,
 * two-factor changes, exports, deletions, role changes, suspensions). A person
 * reads their own; platform admins search and export everyone's.
 */
@Injectable()
export class SecurityLogService {
  private readonly logger = new Logger(SecurityLogService.name);

  constructor(
    @InjectRepository(SecurityLogEntity) private readonly entries: Repository<SecurityLogEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adminAccess: PlatformAdminAccess,
  ) {}

  /**
   * Records one event for `userId` (null: no known account, e.g. a failed sign-in for
   * an unknown email). Pass `within` to write it in the caller's transaction. A failure
   * to record is logged, never thrown: the person's action already happened.
   */
  async record(userId: string | null, kind: SecurityEventKind, context: SecurityEventContext = {}, within?: EntityManager): Promise<void> {
    const row = {
      userId,
      kind,
      address: clip(context.address, MAX_ADDRESS),
      userAgent: clip(context.userAgent, MAX_USER_AGENT),
      detail: clip(context.detail, MAX_DETAIL),
    };
    try {
      if (within) await within.getRepository(SecurityLogEntity).insert(row);
      else await this.entries.insert(row);
    } catch (error) {
      if (within) throw error; // the transaction is spoilt anyway: let its owner decide
      this.logger.warn(`Could not record ${kind} for ${userId ?? 'unknown account'}: ${(error as Error).message}`);
    }
  }

  /** The caller's own entries, newest first. */
  async listOwn(caller: Caller, args: PageArgs): Promise<Page<SecurityLogEntity>> {
    const query = this.entries.createQueryBuilder('e').where('e.user_id = :user', { user: caller.userId });
    return paginate(query, args, { columns: ['e.occurred_at', 'e.id'], direction: 'DESC', cursorOf: (e) => [e.occurredAt.toISOString(), e.id] });
  }

  /** Platform admins: everyone's entries matching `search`, newest first. */
  async search(caller: Caller, search: SecurityLogSearch, args: PageArgs): Promise<Page<SecurityLogEntity>> {
    await this.requirePlatformAdmin(caller);
    const query = await this.searchQuery(search);
    return paginate(query, args, { columns: ['e.occurred_at', 'e.id'], direction: 'DESC', cursorOf: (e) => [e.occurredAt.toISOString(), e.id] });
  }

  /** Platform admins: the entries matching `search` for a CSV file (newest first, at most SECURITY_LOG_CSV_MAX_ROWS). */
  async exportRows(caller: Caller, search: SecurityLogSearch): Promise<(SecurityLogEntity & { email: string | null; name: string | null })[]> {
    await this.requirePlatformAdmin(caller);
    const query = (await this.searchQuery(search))
      .leftJoin(UserEntity, 'u', 'u.id = e.user_id')
      .addSelect(['u.email AS u_email', 'u.name AS u_name'])
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(SECURITY_LOG_CSV_MAX_ROWS);
    const { entities, raw } = await query.getRawAndEntities<{ u_email: string | null; u_name: string | null }>();
    return entities.map((entry, i) => Object.assign(entry, { email: raw[i].u_email, name: raw[i].u_name }));
  }

  /** Deletes entries older than the retention setting; answers how many went. */
  async purge(now = new Date()): Promise<number> {
    const months = this.config.auth.securityLogRetentionMonths;
    const result = await this.entries
      .createQueryBuilder()
      .delete()
      .where(`occurred_at < (:now::timestamptz - make_interval(months => :months))`, { now, months })
      .execute();
    return result.affected ?? 0;
  }

  private requirePlatformAdmin(caller: Caller): Promise<void> {
    return this.adminAccess.require(caller, 'Only platform admins can read the security log of others');
  }

  private async searchQuery(search: SecurityLogSearch) {
    const query = this.entries.createQueryBuilder('e');
    const person = search.person?.trim();
    if (person) {
      if (person.includes('@')) {
        query.andWhere((qb) => {
          const sub = qb.subQuery().select('u.id').from(UserEntity, 'u').where('u.email = :email', { email: normaliseEmail(person) }).getQuery();
          return `e.user_id IN ${sub}`;
        });
      } else if (/^[0-9a-f-]{36}$/i.test(person)) {
        query.andWhere('e.user_id = :person', { person: person.toLowerCase() });
      } else {
        throw badInput('Search by a person’s email or id', [{ field: 'person', message: 'an email or an id' }]);
      }
    }
    if (search.kind) query.andWhere('e.kind = :kind', { kind: search.kind });
    if (search.from && search.to && search.from > search.to) {
      throw badInput('The start of the range is after its end', [{ field: 'from', message: 'after "to"' }]);
    }
    query.andWhere(
      new Brackets((qb) => {
        qb.where('TRUE');
        if (search.from) qb.andWhere('e.occurred_at >= :from', { from: search.from });
        if (search.to) qb.andWhere('e.occurred_at <= :to', { to: search.to });
      }),
    );
    return query;
  }
}

function clip(value: string | null | undefined, max: number): string | null {
  if (!value) return null;
  return [...value].slice(0, max).join('').slice(0, max);
}
