import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Caller, type RequestContext } from '@community-hub/api-common';
import { AccountsService } from '@community-hub/api-accounts';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { LiveDelivery } from '@community-hub/api-pubsub';
import { PostEntity } from './entities/post.entity';
import { ThreadEntity } from './entities/thread.entity';
import { POST_ADDED, POST_UPDATED, THREAD_ADDED, ForumService } from './forum.service';
import { Post } from './models/post.model';
import { Thread } from './models/thread.model';

/**
 * Live forum events. The right to read is checked when subscribing and again
 * for every event, so a member who is suspended stops receiving at once; the
 * post (with its author) or thread is loaded once per event (see LiveDelivery).
 */
@Injectable()
export class ForumLiveService {
  constructor(
    private readonly live: LiveDelivery,
    private readonly access: SpaceAccessService,
    private readonly forum: ForumService,
    private readonly accounts: AccountsService,
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
  ) {}

  /** New replies in a thread (`postAdded`). */
  watchPosts(caller: Caller | null, threadId: string, context?: RequestContext): Promise<AsyncIterableIterator<{ postAdded: Post }>> {
    return this.watchThreadPosts(caller, threadId, POST_ADDED, (post) => ({ postAdded: post }), context);
  }

  /** Edits and removals of posts in a thread (`postUpdated`): a removed post arrives with `deleted` and no body. */
  watchPostUpdates(caller: Caller | null, threadId: string, context?: RequestContext): Promise<AsyncIterableIterator<{ postUpdated: Post }>> {
    return this.watchThreadPosts(caller, threadId, POST_UPDATED, (post) => ({ postUpdated: post }), context);
  }

  private async watchThreadPosts<T>(caller: Caller | null, threadId: string, topic: string, wrap: (post: Post) => T, context?: RequestContext): Promise<AsyncIterableIterator<T>> {
    const thread = await this.forum.requireThread(caller, threadId);
    return this.live.subscribe({
      topic,
      only: (event) => event.threadId === threadId,
      subscriber: caller?.userId ?? 'anonymous',
      load: {
        key: 'post',
        run: async (event) => {
          // Never a held post (nor one of a held thread): the forum publishes none, and this is the last door.
          const post = await this.posts
            .createQueryBuilder('p')
            .innerJoin('p.thread', 't')
            .where('p.id = :id AND p.hold_status IS NULL AND t.hold_status IS NULL', { id: String(event.postId) })
            .getOne();
          if (!post) return null;
          const [author] = await this.accounts.findManyPublic([post.authorId]);
          return { post, author: author ?? null };
        },
      },
      mayReceive: { key: `read:${thread.spaceId}`, check: () => this.access.can(caller, SpacePermission.READ, thread.spaceId) },
      deliver: ({ post, author }) => wrap(Object.assign(Post.from(post), { preloadedAuthor: author ?? undefined })),
      context,
    });
  }

  /** New threads in a space (`threadAdded`). */
  watchThreads(caller: Caller | null, spaceId: string, context?: RequestContext): Promise<AsyncIterableIterator<{ threadAdded: Thread }>> {
    return this.watchSpaceThreads(caller, spaceId, THREAD_ADDED, (thread) => ({ threadAdded: thread }), context);
  }

  /** Threads of a space that gained a reply (`threadUpdated`), for live counts in thread lists. */
  watchThreadActivity(caller: Caller | null, spaceId: string, context?: RequestContext): Promise<AsyncIterableIterator<{ threadUpdated: Thread }>> {
    return this.watchSpaceThreads(caller, spaceId, POST_ADDED, (thread) => ({ threadUpdated: thread }), context);
  }

  private async watchSpaceThreads<T>(caller: Caller | null, spaceId: string, topic: string, wrap: (thread: Thread) => T, context?: RequestContext): Promise<AsyncIterableIterator<T>> {
    await this.access.require(caller, SpacePermission.READ, spaceId);
    return this.live.subscribe({
      topic,
      only: (event) => event.spaceId === spaceId,
      subscriber: caller?.userId ?? 'anonymous',
      load: {
        key: 'thread',
        run: async (event) => {
          const thread = await this.threads.findOne({ where: { id: String(event.threadId) } });
          // A held thread is in no list: its events go nowhere (the forum publishes none until approved).
          return thread && !thread.holdStatus ? thread : null;
        },
      },
      mayReceive: { key: `read:${spaceId}`, check: () => this.access.can(caller, SpacePermission.READ, spaceId) },
      deliver: (thread) => wrap(Thread.from(thread)),
      context,
    });
  }
}
