import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@community-hub/api-common';
import { HoldStatus } from '../entities/hold-status';
import type { PostEntity } from '../entities/post.entity';

registerEnumType(HoldStatus, {
  name: 'HoldStatus',
  description: "A newcomer's post held for a coordinator's approval: PENDING (seen only by its author and coordinators), REJECTED (removed, never published).",
});

@ObjectType({ description: 'A post in a thread. A removed post keeps its place but not its text.' })
export class Post {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The Markdown source as written; empty when the post was removed.' })
  body: string;

  @Field(() => Int, { description: '1 for the opening post, then in order of posting.' })
  position: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field({ description: 'True when the author or a coordinator removed it ("post removed").' })
  deleted: boolean;

  @Field(() => HoldStatus, { nullable: true, description: "Held for a coordinator's approval (only its author and coordinators see it); null when published." })
  holdStatus: HoldStatus | null;

  threadId: string;
  authorId: string;
  replyToId: string | null;
  spaceId?: string;
  /** Set by live delivery, which loads the author once for every subscriber. */
  preloadedAuthor?: { id: string; name: string; email: string; isPlatformAdmin: boolean; createdAt: Date };

  static from(entity: PostEntity): Post {
    return Object.assign(new Post(), {
      id: entity.id,
      body: entity.deletedAt ? '' : entity.body,
      position: entity.position,
      createdAt: entity.createdAt,
      editedAt: entity.editedAt,
      deleted: Boolean(entity.deletedAt),
      holdStatus: entity.holdStatus ?? null,
      threadId: entity.threadId,
      authorId: entity.authorId,
      replyToId: entity.replyToId,
    });
  }
}

@ObjectType()
export class PostConnection extends Connection(Post) {}

@ObjectType({ description: 'An earlier text of an edited post.' })
export class PostRevision {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  editedById: string;
}
