import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { badInput, type Caller, notFound, type RequestContext, requestLoader } from '@community-hub/api-common';
import { AccountsService, type UserEntity } from '@community-hub/api-accounts';

const MY_BLOCKS = Symbol('my-blocks');

/**
 * Blocking: private to the blocker. The blocked person's posts are collapsed for
 * the blocker, their mentions of the blocker tell nobody, and they cannot invite
 * an organisation the blocker represents; nothing tells them.
 */
@Injectable()
export class BlocksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
  ) {}

  async block(caller: Caller, userId: string): Promise<boolean> {
    if (userId === caller.userId) throw badInput('You cannot block yourself', [{ field: 'userId', message: 'not yourself' }]);
    if (!(await this.accounts.findById(userId))) throw notFound('Person');
    await this.db.query('INSERT INTO user_blocks (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [caller.userId, userId]);
    return true;
  }

  async unblock(caller: Caller, userId: string): Promise<boolean> {
    await this.db.query('DELETE FROM user_blocks WHERE blocker_id = $1 AND blocked_id = $2', [caller.userId, userId]);
    return true;
  }

  async blockedBy(caller: Caller): Promise<UserEntity[]> {
    const rows: { blocked_id: string }[] = await this.db.query(
      'SELECT blocked_id FROM user_blocks WHERE blocker_id = $1 ORDER BY created_at DESC LIMIT 1000',
      [caller.userId],
    );
    const users = await this.accounts.findManyPublic(rows.map((r) => r.blocked_id));
    return rows.map((r) => users.find((u) => u.id === r.blocked_id)).filter((u): u is UserEntity => Boolean(u));
  }

  /** Of `candidates`, those who blocked `authorId` (a mention by the author tells them nothing). */
  async blockersOf(authorId: string, candidates: readonly string[]): Promise<Set<string>> {
    if (!candidates.length) return new Set();
    const rows: { blocker_id: string }[] = await this.db.query(
      'SELECT blocker_id FROM user_blocks WHERE blocked_id = $1 AND blocker_id = ANY($2::uuid[])',
      [authorId, [...candidates]],
    );
    return new Set(rows.map((r) => r.blocker_id));
  }

  /** Per request: has the caller blocked this person? One statement for the caller's whole block list. */
  blockedByMe(context: Pick<RequestContext, 'loaders' | 'caller'>): DataLoader<string, boolean> {
    return requestLoader(context, MY_BLOCKS, () =>
      new DataLoader(async (ids: readonly string[]) => {
        if (!context.caller) return ids.map(() => false);
        const rows: { blocked_id: string }[] = await this.db.query(
          'SELECT blocked_id FROM user_blocks WHERE blocker_id = $1 AND blocked_id = ANY($2::uuid[])',
          [context.caller.userId, [...new Set(ids)]],
        );
        const blocked = new Set(rows.map((r) => r.blocked_id));
        return ids.map((id) => blocked.has(id));
      }),
    );
  }
}
