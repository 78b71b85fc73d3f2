import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { badInput, type Caller, IdArg, mapPage, type Page, PageArgs, Preloaded, type RequestContext, selectsOnly } from '@community-hub/api-common';
import { AllowAnonymous, CurrentCaller } from '@community-hub/api-auth';
import { AccountsService, User } from '@community-hub/api-accounts';
import { Network, NetworksService } from '@community-hub/api-networks';
import {
  CreateThreadInput,
  EditPostInput,
  MarkReadArgs,
  RejectHeldPostInput,
  ReplyToThreadInput,
  RetagThreadInput,
  SetThreadFlagInput,
  ThreadsArgs,
  WatchThreadArgs,
} from './dto/thread.input';
import { ForumService } from './forum.service';
import { ForumLiveService } from './forum-live.service';
import { WatchLevel } from './entities/thread-reader.entity';
import { ModerationAction, ModerationActionConnection } from './models/moderation-action.model';
import { Post, PostConnection, PostRevision } from './models/post.model';
import { Thread, ThreadConnection } from './models/thread.model';

/** Posts after the caller's read position (none read: all of them; signed out: none). */
function unreadCount(thread: Thread, ctx: RequestContext, lastReadPosition: number | null | undefined): number {
  if (!ctx.caller) return 0;
  return Math.max(0, thread.postCount - (lastReadPosition ?? 0));
}

/** The post to open the thread at: the first unread one, or the last post when all are read (signed out: the first). */
function firstUnreadPosition(thread: Thread, ctx: RequestContext, lastReadPosition: number | null | undefined): number {
  if (!ctx.caller) return 1;
  return Math.min(thread.postCount, (lastReadPosition ?? 0) + 1);
}

/** The thread list joins in its people's ids and names; any other field of theirs goes to the loader. */
const idAndNameOnly = selectsOnly(['id', 'name']);

/**
 * A `@Preloaded` reader for a field computed from the caller's read position: the
 * position the list query joined in, else (signed in, nothing joined) undefined so
 * the resolver loads it.
 */
function fromJoinedReadPosition(compute: typeof unreadCount) {
  return (thread: Thread, ctx: RequestContext) =>
    ctx.caller && thread.lastReadPosition === undefined ? undefined : compute(thread, ctx, thread.lastReadPosition);
}

@Resolver(() => Thread)
export class ThreadsResolver {
  constructor(
    private readonly forum: ForumService,
    private readonly live: ForumLiveService,
    private readonly accounts: AccountsService,
    private readonly networkService: NetworksService,
  ) {}

  @Query(() => [Thread], { description: "The signed-in home: the latest threads (by activity) in the caller's networks and consortium workspaces (at most 20)." })
  async myLatestThreads(@CurrentCaller() caller: Caller, @Args('first', { type: () => Int, defaultValue: 6 }) first: number): Promise<Thread[]> {
    return (await this.forum.latestInMySpaces(caller, first)).map(Thread.from);
  }

  @AllowAnonymous()
  @Query(() => Thread, { nullable: true, description: 'Null when it does not exist or the caller may not read it.' })
  async thread(@CurrentCaller() caller: Caller | null, @IdArg('id') id: string): Promise<Thread | null> {
    const thread = await this.forum.findThread(caller, id);
    return thread ? Thread.from(thread) : null;
  }

  @Mutation(() => Thread, { description: 'Starts a thread; the body becomes its first post.' })
  async createThread(@CurrentCaller() caller: Caller, @Args('input') input: CreateThreadInput): Promise<Thread> {
    return Thread.from(await this.forum.createThread(caller, input));
  }

  @Mutation(() => Thread, { description: 'Coordinators: pin (true) or unpin (false).' })
  async pinThread(@CurrentCaller() caller: Caller, @Args('input') input: SetThreadFlagInput): Promise<Thread> {
    return Thread.from(await this.forum.setPinned(caller, input.threadId, input.value, input.reason));
  }

  @Mutation(() => Thread, { description: 'Coordinators: lock (true: no new replies) or unlock (false).' })
  async lockThread(@CurrentCaller() caller: Caller, @Args('input') input: SetThreadFlagInput): Promise<Thread> {
    return Thread.from(await this.forum.setLocked(caller, input.threadId, input.value, input.reason));
  }

  @Mutation(() => Thread, { description: 'Coordinators: move a thread to other tags.' })
  async retagThread(@CurrentCaller() caller: Caller, @Args('input') input: RetagThreadInput): Promise<Thread> {
    return Thread.from(await this.forum.retag(caller, input.threadId, input.tags, input.reason));
  }

  @Mutation(() => Thread, { description: 'Records how far the caller has read (default: to the end).' })
  async markThreadRead(@CurrentCaller() caller: Caller, @Args() args: MarkReadArgs): Promise<Thread> {
    const thread = Thread.from(await this.forum.markRead(caller, args.threadId, args.position));
    return thread;
  }

  @Mutation(() => Thread, { description: 'Watch (every reply), mute, or back to normal.' })
  async watchThread(@CurrentCaller() caller: Caller, @Args() args: WatchThreadArgs): Promise<Thread> {
    return Thread.from(await this.forum.watch(caller, args.threadId, args.level));
  }

  @AllowAnonymous()
  @Subscription(() => Thread, { description: "New threads in a network the caller may read, or in a consortium's workspace (pass the consortium's id as networkId)." })
  threadAdded(@CurrentCaller() caller: Caller | null, @IdArg('networkId', { description: 'A network id, or a consortium id for its private workspace.' }) networkId: string, @Context() ctx: RequestContext) {
    return this.live.watchThreads(caller, networkId, ctx);
  }

  @AllowAnonymous()
  @Subscription(() => Thread, { description: 'A thread of this network (or consortium workspace) that gained a reply: its post count, last activity and unread count as they are now.' })
  threadUpdated(@CurrentCaller() caller: Caller | null, @IdArg('networkId', { description: 'A network id, or a consortium id for its private workspace.' }) networkId: string, @Context() ctx: RequestContext) {
    return this.live.watchThreadActivity(caller, networkId, ctx);
  }

  @ResolveField(() => User)
  @Preloaded((thread: Thread, _ctx, info) => (thread.preloadedAuthor && idAndNameOnly(info) ? User.named(thread.preloadedAuthor) : undefined))
  async author(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<User> {
    return User.from((await this.accounts.usersById(ctx).load(thread.authorId))!);
  }

  @ResolveField(() => User, { description: 'Who posted last.' })
  @Preloaded((thread: Thread, _ctx, info) => (thread.preloadedLastPoster && idAndNameOnly(info) ? User.named(thread.preloadedLastPoster) : undefined))
  async lastPoster(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<User> {
    return User.from((await this.accounts.usersById(ctx).load(thread.lastPosterId))!);
  }

  @ResolveField(() => Network)
  async network(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<Network> {
    return Network.from((await this.networkService.networksById(ctx).load(thread.networkId))!);
  }

  @ResolveField(() => Int, { description: 'Posts the caller has not read yet (0 when signed out).' })
  @Preloaded(fromJoinedReadPosition(unreadCount))
  async unreadCount(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<number> {
    return unreadCount(thread, ctx, (await this.forum.myReaders(ctx).load(thread.id))?.lastReadPosition);
  }

  @ResolveField(() => Int, { description: 'Where to open the thread: the first unread post (or the last post).' })
  @Preloaded(fromJoinedReadPosition(firstUnreadPosition))
  async firstUnreadPosition(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<number> {
    return firstUnreadPosition(thread, ctx, (await this.forum.myReaders(ctx).load(thread.id))?.lastReadPosition);
  }

  @ResolveField(() => WatchLevel, { description: "The caller's watch level (NORMAL when signed out)." })
  async myWatchLevel(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<WatchLevel> {
    if (!ctx.caller) return WatchLevel.NORMAL;
    return (await this.forum.myReaders(ctx).load(thread.id))?.watchLevel ?? WatchLevel.NORMAL;
  }

  @ResolveField(() => PostConnection)
  async posts(
    @Parent() thread: Thread,
    @Args() args: PageArgs,
    @Args('fromPosition', { type: () => Int, nullable: true, description: 'Start at this post (e.g. firstUnreadPosition).' })
    fromPosition: number | undefined,
    @CurrentCaller() caller: Caller | null,
  ): Promise<Page<Post>> {
    return mapPage(await this.forum.listPosts(caller, thread.id, { ...args, fromPosition }), Post.from);
  }

  @ResolveField(() => [Post], {
    description: "Replies held for a coordinator's approval, oldest first: the caller's own (\"Waiting for a coordinator's approval\"), or all of them for coordinators. Empty for everyone else.",
  })
  async pendingReplies(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<Post[]> {
    return (await this.forum.pendingReplies(ctx).load(thread.id)).map(Post.from);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller may pin, lock, retag and remove posts here.' })
  async canModerate(@Parent() thread: Thread, @CurrentCaller() caller: Caller | null): Promise<boolean> {
    return this.forum.canModerate(caller, thread.spaceId);
  }
}

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly forum: ForumService,
    private readonly live: ForumLiveService,
    private readonly accounts: AccountsService,
  ) {}

  @Mutation(() => Post)
  async replyToThread(@CurrentCaller() caller: Caller, @Args('input') input: ReplyToThreadInput): Promise<Post> {
    return Post.from(await this.forum.reply(caller, input));
  }

  @Mutation(() => Post, {
    description: "Coordinators: publish a newcomer's held post (or new thread). Notifications and live events follow as for a new post; the author is told; logged.",
  })
  async approveHeldPost(@CurrentCaller() caller: Caller, @IdArg('postId') postId: string): Promise<Post> {
    return Post.from(await this.forum.approveHeldPost(caller, postId));
  }

  @Mutation(() => Post, { description: "Coordinators: turn down a newcomer's held post (or new thread): removed, never published; logged with the note, which the author is told." })
  async rejectHeldPost(@CurrentCaller() caller: Caller, @Args('input') input: RejectHeldPostInput): Promise<Post> {
    return Post.from(await this.forum.rejectHeldPost(caller, input.postId, input.note));
  }

  @Mutation(() => Post, { description: 'Authors edit their own posts; the earlier text is kept as a revision.' })
  async editPost(@CurrentCaller() caller: Caller, @Args('input') input: EditPostInput): Promise<Post> {
    return Post.from(await this.forum.editPost(caller, input));
  }

  @Mutation(() => Post, { description: 'Authors remove their own posts; coordinators any (the reason is logged).' })
  async deletePost(
    @CurrentCaller() caller: Caller,
    @IdArg('postId') postId: string,
    @Args('reason', { nullable: true, defaultValue: '' }) reason: string,
  ): Promise<Post> {
    if (reason.length > 1000) throw badInput('The reason is too long', [{ field: 'reason', message: 'at most 1000 characters' }]);
    return Post.from(await this.forum.deletePost(caller, postId, reason));
  }

  @AllowAnonymous()
  @Subscription(() => Post, { description: 'New replies in a thread the caller may read.' })
  postAdded(@CurrentCaller() caller: Caller | null, @IdArg('threadId') threadId: string, @Context() ctx: RequestContext) {
    return this.live.watchPosts(caller, threadId, ctx);
  }

  @AllowAnonymous()
  @Subscription(() => Post, { description: 'Edited or removed posts in a thread the caller may read (a removed post has `deleted` and no body).' })
  postUpdated(@CurrentCaller() caller: Caller | null, @IdArg('threadId') threadId: string, @Context() ctx: RequestContext) {
    return this.live.watchPostUpdates(caller, threadId, ctx);
  }

  @ResolveField(() => User)
  @Preloaded((post: Post) => post.preloadedAuthor && User.from(post.preloadedAuthor))
  async author(@Parent() post: Post, @Context() ctx: RequestContext): Promise<User> {
    return User.from((await this.accounts.usersById(ctx).load(post.authorId))!);
  }

  @ResolveField(() => Thread)
  async thread(@Parent() post: Post, @Context() ctx: RequestContext): Promise<Thread> {
    return Thread.from((await this.forum.threadsById(ctx).load(post.threadId))!);
  }

  @ResolveField(() => Post, { nullable: true, description: 'The post this one answers, shown as a quote.' })
  async replyTo(@Parent() post: Post, @Context() ctx: RequestContext): Promise<Post | null> {
    if (!post.replyToId) return null;
    const quoted = await this.forum.postsById(ctx).load(post.replyToId);
    return quoted ? Post.from(quoted) : null;
  }

  @ResolveField(() => [PostRevision], { description: 'Earlier texts, newest first: for the author and coordinators.' })
  async revisions(@Parent() post: Post, @CurrentCaller() caller: Caller | null): Promise<PostRevision[]> {
    return (await this.forum.revisions(caller, post)).map((r) => Object.assign(new PostRevision(), r));
  }
}

@Resolver(() => ModerationAction)
export class ModerationActionsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @ResolveField(() => User, { description: 'The coordinator who acted.' })
  async actor(@Parent() action: ModerationAction, @Context() ctx: RequestContext): Promise<User> {
    return User.from((await this.accounts.usersById(ctx).load(action.actorId))!);
  }
}

@Resolver(() => Network)
export class NetworkForumResolver {
  constructor(private readonly forum: ForumService) {}

  @ResolveField(() => ThreadConnection, { description: 'Newest activity first, pinned threads on top.' })
  async threads(@Parent() network: Network, @Args() args: ThreadsArgs, @CurrentCaller() caller: Caller | null): Promise<Page<Thread>> {
    return mapPage(await this.forum.listThreads(caller, network.id, args), Thread.from);
  }

  @ResolveField(() => PostConnection, {
    description: "Coordinators: newcomers' posts (and new threads' opening posts) held for approval, oldest first (the network holds newcomers' first posts).",
  })
  async heldPosts(@Parent() network: Network, @Args() args: PageArgs, @CurrentCaller() caller: Caller | null): Promise<Page<Post>> {
    return mapPage(await this.forum.heldPosts(caller, network.id, args), Post.from);
  }

  @ResolveField(() => ModerationActionConnection, { description: 'Coordinators: pins, locks, retags, removals and approvals, newest first.' })
  async moderationLog(@Parent() network: Network, @Args() args: PageArgs, @CurrentCaller() caller: Caller | null): Promise<Page<ModerationAction>> {
    return mapPage(await this.forum.moderationLog(caller, network.id, args), ModerationAction.from);
  }
}
