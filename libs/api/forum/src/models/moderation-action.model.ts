import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@community-hub/api-common';
import { ModerationActionEntity, ModerationActionKind } from '../entities/moderation-action.entity';

registerEnumType(ModerationActionKind, { name: 'ModerationActionKind' });

@ObjectType({ description: 'A coordinator action, recorded with who, when and why.' })
export class ModerationAction {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationActionKind)
  action: ModerationActionKind;

  @Field()
  reason: string;

  @Field()
  createdAt: Date;

  @Field(() => ID)
  threadId: string;

  @Field(() => ID, { nullable: true })
  postId: string | null;

  @Field({ description: 'What changed, as JSON (e.g. tags before and after).' })
  details: string;

  actorId: string;

  static from(entity: ModerationActionEntity): ModerationAction {
    return Object.assign(new ModerationAction(), {
      id: entity.id,
      action: entity.action,
      reason: entity.reason,
      createdAt: entity.createdAt,
      threadId: entity.threadId,
      postId: entity.postId,
      details: JSON.stringify(entity.details ?? {}),
      actorId: entity.actorId,
    });
  }
}

@ObjectType()
export class ModerationActionConnection extends Connection(ModerationAction) {}
