import { Injectable } from '@nestjs/common';
import { type Caller } from '@community-hub/api-common';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-networks';
import { EventBus, mapAsyncIterator } from '@community-hub/api-pubsub';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PostEntity } from './entities/post.entity';
import { ThreadEntity } from './entities/thread.entity';
import { POST_ADDED, THREAD_ADDED, ForumService } from './forum.service';
import { Post } from './models/post.model';
import { Thread } from './models/thread.model';

/**
 * Live forum events. The right to read is checked when subscribing and again
 * for every event, so a member who is suspended stops receiving at once.
 */
@Injectable()
export class ForumLiveService {
  constructor(
    private readonly bus: EventBus,
    private readonly access: SpaceAccessService,
    private readonly forum: ForumService,
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
  ) {}

  async watchPosts(caller: Caller | null, threadId: string): Promise<AsyncIterableIterator<{ postAdded: Post }>> {
    const thread = await this.forum.requireThread(caller, threadId);
    return mapAsyncIterator(this.bus.subscribe(POST_ADDED), async (event) => {
      if (event.threadId !== threadId) return undefined;
      if (!(await this.access.can(caller, SpacePermission.READ, thread.spaceId))) return undefined;
      const post = await this.posts.findOne({ where: { id: String(event.postId) } });
      return post ? { postAdded: Post.from(post) } : undefined;
    });
  }

  async watchThreads(caller: Caller | null, networkId: string): Promise<AsyncIterableIterator<{ threadAdded: Thread }>> {
    await this.access.require(caller, SpacePermission.READ, networkId);
    return mapAsyncIterator(this.bus.subscribe(THREAD_ADDED), async (event) => {
      if (event.spaceId !== networkId) return undefined;
      if (!(await this.access.can(caller, SpacePermission.READ, networkId))) return undefined;
      const thread = await this.threads.findOne({ where: { id: String(event.threadId) } });
      return thread ? { threadAdded: Thread.from(thread) } : undefined;
    });
  }
}
