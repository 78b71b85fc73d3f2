import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { callerIdOrNone, SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { groupByKeys, type RequestContext, requestLoader } from '@community-hub/api-common';
import { PostEntity } from './entities/post.entity';

export const RECENT_POSTS_MAX = 5;
const RECENT_POSTS = Symbol('recent-posts');

/** A person's latest published posts the caller may read (through the access library's readable spaces), batched per request. */
@Injectable()
export class RecentPostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: SpaceAccessService,
  ) {}

  recentPosts(ctx: Pick<RequestContext, 'loaders' | 'caller'>): DataLoader<string, PostEntity[]> {
    return requestLoader(ctx, RECENT_POSTS, () =>
      new DataLoader(async (authorIds: readonly string[]) => {
        const rows: { id: string; author_id: string }[] = await this.db.query(
          `SELECT id::text, author_id::text FROM (
             SELECT p.id, p.author_id, row_number() OVER (PARTITION BY p.author_id ORDER BY p.created_at DESC, p.id DESC) AS n
               FROM posts p JOIN threads t ON t.id = p.thread_id
              WHERE p.author_id = ANY($1::uuid[]) AND p.deleted_at IS NULL AND p.hold_status IS NULL AND t.hold_status IS NULL
                AND t.space_id IN (${this.access.spacesSql(SpacePermission.READ, '$2::uuid')})
           ) recent WHERE n <= ${RECENT_POSTS_MAX}`,
          [[...authorIds], callerIdOrNone(ctx.caller)],
        );
        const posts = rows.length ? await this.db.getRepository(PostEntity).find({ where: { id: In(rows.map((r) => r.id)) } }) : [];
        return groupByKeys(authorIds, posts, (p) => p.authorId).map((group) =>
          group.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id)),
        );
      }),
    );
  }
}
