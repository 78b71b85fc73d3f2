import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountsService, PlatformAdminAccess, User } from '@community-hub/api-accounts';
import { type Caller, isUniqueViolation, notFound } from '@community-hub/api-common';
import { StatementKind, StatementVersionEntity } from './entities/statement-version.entity';
import { TermsAcceptanceEntity } from './entities/terms-acceptance.entity';
import { editedConcurrently, termsVersionNotCurrent } from './statements.errors';

export interface CurrentStatement {
  kind: StatementKind;
  body: string;
  version: number;
  publishedAt: Date | null;
}

const DEFAULT_FILES: Record<StatementKind, string> = {
  [StatementKind.ACCESSIBILITY]: 'accessibility.md',
  [StatementKind.PRIVACY]: 'privacy.md',
  [StatementKind.TERMS]: 'terms.md',
};

/**
 * The default texts are Markdown files beside this code (copied into dist by tools/build.mjs),
 * so they are reviewed like code and an instance that never edits them still has complete pages.
 */
export function defaultStatement(kind: StatementKind): string {
  return readFileSync(join(__dirname, 'defaults', DEFAULT_FILES[kind]), 'utf8');
}

/**
 * The accessibility statement, privacy notice and terms: anyone may read the current
 * version; only platform admins publish a new one. Accepting the terms is recorded
 * here and shown to the web client, which asks for it; no operation of the API is
 * refused for want of it (API-CONTRACT.md, "Sessions and accounts").
 */
@Injectable()
export class StatementsService {
  private readonly defaults = new Map<StatementKind, string>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly adminAccess: PlatformAdminAccess,
  ) {}

  async current(kind: StatementKind): Promise<CurrentStatement> {
    const latest = await this.db.getRepository(StatementVersionEntity).findOne({ where: { kind }, order: { version: 'DESC' } });
    if (latest) return { kind, body: latest.body, version: latest.version, publishedAt: latest.publishedAt };
    return { kind, body: this.defaultText(kind), version: 1, publishedAt: null };
  }

  /** Publishes the next version (platform admins only). For the terms, everyone is asked to accept it at their next sign-in. */
  async publish(caller: Caller, kind: StatementKind, body: string): Promise<CurrentStatement> {
    await this.requirePlatformAdmin(caller);
    const text = body.replace(/\r\n?/g, '\n').trim();
    try {
      const saved = await this.db.transaction(async (tx) => {
        const [{ latest }] = (await tx.query('SELECT COALESCE(MAX(version), 1) AS latest FROM statement_versions WHERE kind = $1', [kind])) as {
          latest: number;
        }[];
        return tx.save(tx.create(StatementVersionEntity, { kind, version: Number(latest) + 1, body: text, publishedById: caller.userId }));
      });
      return { kind, body: saved.body, version: saved.version, publishedAt: saved.publishedAt };
    } catch (error) {
      if (isUniqueViolation(error)) throw editedConcurrently();
      throw error;
    }
  }

  /** Records that the caller accepted this version of the terms; only the current version can be accepted. */
  async acceptTerms(caller: Caller, version: number): Promise<void> {
    const { version: current } = await this.current(StatementKind.TERMS);
    if (version !== current) throw termsVersionNotCurrent(current);
    await this.db
      .createQueryBuilder()
      .insert()
      .into(TermsAcceptanceEntity)
      .values({ userId: caller.userId, version, acceptedAt: new Date() })
      .orUpdate(['version', 'accepted_at'], ['user_id'])
      .execute();
  }

  /** The version of the terms this person last accepted (null: never). */
  async acceptedTermsVersion(userId: string): Promise<number | null> {
    const row = await this.db.getRepository(TermsAcceptanceEntity).findOne({ where: { userId }, select: { userId: true, version: true } });
    return row?.version ?? null;
  }

  /** The caller as a User (for mutations that answer with the person). */
  async self(caller: Caller): Promise<User> {
    const user = await this.accounts.findById(caller.userId);
    if (!user) throw notFound('User');
    return Object.assign(User.from(user), { isSelf: true });
  }

  private defaultText(kind: StatementKind): string {
    let text = this.defaults.get(kind);
    if (text === undefined) {
      text = defaultStatement(kind);
      this.defaults.set(kind, text);
    }
    return text;
  }

  private requirePlatformAdmin(caller: Caller): Promise<void> {
    return this.adminAccess.require(caller, 'Only platform admins can change this page');
  }
}
