import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@community-hub/api-common';
import { User } from '@community-hub/api-accounts';
import { Post } from './models/post.model';
import { RECENT_POSTS_MAX, RecentPostsService } from './recent-posts.service';

/** A person's profile, as far as the forum knows it. */
@Resolver(() => User)
export class ForumProfilesResolver {
  constructor(private readonly recent: RecentPostsService) {}

  @ResolveField(() => [Post], { description: `This person's latest posts that you may read, newest first (at most ${RECENT_POSTS_MAX}).` })
  async recentPosts(@Parent() user: User, @Context() ctx: RequestContext): Promise<Post[]> {
    if (user.formerMember) return [];
    return (await this.recent.recentPosts(ctx).load(user.id)).map(Post.from);
  }
}

