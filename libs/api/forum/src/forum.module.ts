import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@community-hub/api-accounts';
import { NetworksModule } from '@community-hub/api-networks';
import { ModerationActionEntity } from './entities/moderation-action.entity';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { PostEntity } from './entities/post.entity';
import { ThreadReaderEntity } from './entities/thread-reader.entity';
import { ThreadEntity } from './entities/thread.entity';
import { ForumLiveService } from './forum-live.service';
import { ModerationActionsResolver, NetworkForumResolver, PostsResolver, ThreadsResolver } from './forum.resolver';
import { ForumNotices } from './forum.notices';
import { ForumService } from './forum.service';
import { ForumPersonalData } from './forum.personal-data';
import { ForumProfilesResolver } from './profiles.resolver';
import { RecentPostsService } from './recent-posts.service';

export const FORUM_ENTITIES = [ThreadEntity, PostEntity, PostRevisionEntity, ThreadReaderEntity, ModerationActionEntity];

@Module({
  imports: [TypeOrmModule.forFeature(FORUM_ENTITIES), AccountsModule, NetworksModule],
  providers: [ForumPersonalData, RecentPostsService, ForumProfilesResolver, ForumService, ForumNotices, ForumLiveService, ThreadsResolver, PostsResolver, NetworkForumResolver, ModerationActionsResolver],
  exports: [ForumService],
})
export class ForumModule {}
