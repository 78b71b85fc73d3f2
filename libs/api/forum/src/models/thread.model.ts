import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@community-hub/api-common';
import { HoldStatus } from '../entities/hold-status';
import type { ThreadEntity } from '../entities/thread.entity';
import { WatchLevel } from '../entities/thread-reader.entity';

registerEnumType(WatchLevel, {
  name: 'WatchLevel',
  description: 'NORMAL: notified when mentioned or replied to. WATCHING: every reply. MUTED: nothing.',
});

/** A person as the thread list joins them in: enough for `author { id name }`, the list's usual question. */
export interface PreloadedUser {
  id: string;
  name: string;
}

@ObjectType({ description: 'A forum thread in a network (or a consortium workspace).' })
export class Thread {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => [String])
  tags: string[];

  @Field()
  createdAt: Date;

  @Field()
  lastActivityAt: Date;

  @Field(() => Int, { description: 'Posts in the thread, the opening post included.' })
  postCount: number;

  @Field()
  pinned: boolean;

  @Field({ description: 'No new replies while locked.' })
  locked: boolean;

  @Field(() => HoldStatus, { nullable: true, description: "A newcomer's new thread held for a coordinator's approval (only its author and coordinators see it); null when published." })
  holdStatus: HoldStatus | null;

  spaceId: string;
  networkId: string;
  authorId: string;
  lastPosterId: string;
  /** Filled by the thread list query, so the count costs no extra statement. */
  lastReadPosition?: number | null;
  /** Filled by the thread list query, which joins the people's names in. */
  preloadedAuthor?: PreloadedUser;
  preloadedLastPoster?: PreloadedUser;

  static from(
    entity: ThreadEntity & { lastReadPosition?: number | null; preloadedAuthor?: PreloadedUser; preloadedLastPoster?: PreloadedUser },
  ): Thread {
    return Object.assign(new Thread(), {
      id: entity.id,
      title: entity.title,
      tags: entity.tags,
      createdAt: entity.createdAt,
      lastActivityAt: entity.lastActivityAt,
      postCount: entity.postCount,
      pinned: entity.pinned,
      locked: entity.locked,
      holdStatus: entity.holdStatus ?? null,
      spaceId: entity.spaceId,
      networkId: entity.networkId,
      authorId: entity.authorId,
      lastPosterId: entity.lastPosterId,
      lastReadPosition: entity.lastReadPosition,
      preloadedAuthor: entity.preloadedAuthor,
      preloadedLastPoster: entity.preloadedLastPoster,
    });
  }
}

@ObjectType()
export class ThreadConnection extends Connection(Thread) {}
