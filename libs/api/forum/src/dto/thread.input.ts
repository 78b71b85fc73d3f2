import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { MultiLineText, PageArgs } from '@community-hub/api-common';
import { SpaceTargetInput } from '@community-hub/api-networks';
import { WatchLevel } from '../entities/thread-reader.entity';

export const TITLE_MAX = 200;
export const BODY_MAX = 50_000;
export const TAGS_MAX = 5;
export const TAG_MAX = 40;
export const REASON_MAX = 1000;

@InputType()
export class CreateThreadInput extends SpaceTargetInput {
  @Field()
  @IsString()
  @MaxLength(TITLE_MAX, { message: `title must be at most ${TITLE_MAX} characters` })
  title: string;

  @Field({ description: `Markdown, at most ${BODY_MAX} characters. Becomes the first post.` })
  @IsString()
  @MaxLength(BODY_MAX, { message: `body must be at most ${BODY_MAX} characters` })
  @MultiLineText()
  body: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(TAGS_MAX, { message: `at most ${TAGS_MAX} tags` })
  @IsString({ each: true })
  @MaxLength(TAG_MAX, { each: true, message: `each tag must be at most ${TAG_MAX} characters` })
  tags: string[];
}

@InputType()
export class ReplyToThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be an id' })
  threadId: string;

  @Field()
  @IsString()
  @MaxLength(BODY_MAX, { message: `body must be at most ${BODY_MAX} characters` })
  @MultiLineText()
  body: string;

  @Field(() => ID, { nullable: true, description: 'The post being answered; shown as a quote with a link.' })
  @IsOptional()
  @IsUUID('all', { message: 'replyToPostId must be an id' })
  replyToPostId?: string;
}

@InputType()
export class EditPostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'postId must be an id' })
  postId: string;

  @Field()
  @IsString()
  @MaxLength(BODY_MAX, { message: `body must be at most ${BODY_MAX} characters` })
  @MultiLineText()
  body: string;
}

@InputType({ description: "A coordinator turns down a newcomer's held post (or new thread): it is removed, never published." })
export class RejectHeldPostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'postId must be an id' })
  postId: string;

  @Field({ defaultValue: '', description: 'Why: kept in the moderation log and sent to the author.' })
  @IsString()
  @MaxLength(REASON_MAX)
  @MultiLineText()
  note: string;
}

@InputType()
export class ModerateThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be an id' })
  threadId: string;

  @Field({ defaultValue: '', description: 'Why: kept in the moderation log.' })
  @IsString()
  @MaxLength(REASON_MAX)
  reason: string;
}

@InputType()
export class SetThreadFlagInput extends ModerateThreadInput {
  @Field()
  @IsBoolean()
  value: boolean;
}

@InputType()
export class RetagThreadInput extends ModerateThreadInput {
  @Field(() => [String])
  @ArrayMaxSize(TAGS_MAX, { message: `at most ${TAGS_MAX} tags` })
  @IsString({ each: true })
  @MaxLength(TAG_MAX, { each: true })
  tags: string[];
}

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only threads with this tag.' })
  @IsOptional()
  @IsString()
  @MaxLength(TAG_MAX)
  tag?: string;
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be an id' })
  threadId: string;

  @Field(() => Int, { nullable: true, description: 'Read up to this post position; default: the whole thread.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  position?: number;
}

@ArgsType()
export class WatchThreadArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be an id' })
  threadId: string;

  @Field(() => WatchLevel)
  @IsEnum(WatchLevel)
  level: WatchLevel;
}
