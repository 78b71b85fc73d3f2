import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Caller, type RequestContext } from '@community-hub/api-common';
import { AccountsService, type UserEntity } from '@community-hub/api-accounts';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-networks';
import { type BusMessage, EventBus, mapAsyncIterator } from '@community-hub/api-pubsub';
import { PostEntity } from './entities/post.entity';
import { ThreadEntity } from './entities/thread.entity';
import { POST_ADDED, THREAD_ADDED, ForumService } from './forum.service';
import { Post } from './models/post.model';
import { Thread } from './models/thread.model';

type Payload = BusMessage['payload'];

/**
 * Live forum events. The right to read is checked when subscribing and again
 * for every event, so a member who is suspended stops receiving at once.
 *
 * One event reaches every subscriber in this process as the same payload
 * object, so the work that does not depend on the subscriber (loading the post
 * and its author) is done once per event, and the access check once per
 * distinct person, not once per open connection.
 */
@Injectable()
export class ForumLiveService {
  private readonly postsByEvent = new WeakMap<Payload, Promise<{ post: PostEntity; author: UserEntity | null } | null>>();
  private readonly threadsByEvent = new WeakMap<Payload, Promise<ThreadEntity | null>>();
  private readonly accessByEvent = new WeakMap<Payload, Map<string, Promise<boolean>>>();
  /** One delivered value per event and person, so identical subscriptions share one execution. */
  private readonly valuesByEvent = new WeakMap<Payload, Map<string, Promise<unknown>>>();

  constructor(
    private readonly bus: EventBus,
    private readonly access: SpaceAccessService,
    private readonly forum: ForumService,
    private readonly accounts: AccountsService,
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
  ) {}

  async watchPosts(caller: Caller | null, threadId: string, context?: RequestContext): Promise<AsyncIterableIterator<{ postAdded: Post }>> {
    const thread = await this.forum.requireThread(caller, threadId);
    return mapAsyncIterator(this.bus.subscribe(POST_ADDED, (event) => event.threadId === threadId), async (event) => {
      if (event.threadId !== threadId) return undefined;
      if (!(await this.mayRead(event, caller, thread.spaceId))) return undefined;
      // A subscription's loaders would otherwise live (and go stale) as long as the connection.
      context?.loaders.clear();
      return this.valueFor(event, `post:${caller?.userId ?? 'anonymous'}`, async () => {
        const loaded = await this.postOf(event);
        return loaded ? { postAdded: Object.assign(Post.from(loaded.post), { preloadedAuthor: loaded.author ?? undefined }) } : undefined;
      });
    });
  }

  async watchThreads(caller: Caller | null, networkId: string, context?: RequestContext): Promise<AsyncIterableIterator<{ threadAdded: Thread }>> {
    await this.access.require(caller, SpacePermission.READ, networkId);
    return mapAsyncIterator(this.bus.subscribe(THREAD_ADDED, (event) => event.spaceId === networkId), async (event) => {
      if (event.spaceId !== networkId) return undefined;
      if (!(await this.mayRead(event, caller, networkId))) return undefined;
      context?.loaders.clear();
      return this.valueFor(event, `thread:${caller?.userId ?? 'anonymous'}`, async () => {
        const thread = await this.threadOf(event);
        return thread ? { threadAdded: Thread.from(thread) } : undefined;
      });
    });
  }

  private valueFor<T>(event: Payload, key: string, make: () => Promise<T>): Promise<T> {
    let values = this.valuesByEvent.get(event);
    if (!values) this.valuesByEvent.set(event, (values = new Map()));
    let value = values.get(key) as Promise<T> | undefined;
    if (!value) values.set(key, (value = make()));
    return value;
  }

  private mayRead(event: Payload, caller: Caller | null, spaceId: string): Promise<boolean> {
    let decisions = this.accessByEvent.get(event);
    if (!decisions) this.accessByEvent.set(event, (decisions = new Map()));
    const key = `${caller?.userId ?? 'anonymous'}:${spaceId}`;
    let decision = decisions.get(key);
    if (!decision) decisions.set(key, (decision = this.access.can(caller, SpacePermission.READ, spaceId)));
    return decision;
  }

  private postOf(event: Payload) {
    let loaded = this.postsByEvent.get(event);
    if (!loaded) {
      loaded = (async () => {
        const post = await this.posts.findOne({ where: { id: String(event.postId) } });
        if (!post) return null;
        const [author] = await this.accounts.findManyPublic([post.authorId]);
        return { post, author: author ?? null };
      })();
      this.postsByEvent.set(event, loaded);
    }
    return loaded;
  }

  private threadOf(event: Payload) {
    let loaded = this.threadsByEvent.get(event);
    if (!loaded) {
      loaded = this.threads.findOne({ where: { id: String(event.threadId) } });
      this.threadsByEvent.set(event, loaded);
    }
    return loaded;
  }
}
