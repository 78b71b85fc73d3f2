import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export enum SearchKind {
  THREAD = 'THREAD',
  POST = 'POST',
  DOCUMENT = 'DOCUMENT',
  EVENT = 'EVENT',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(SearchKind, { name: 'SearchKind' });

export const QUERY_MAX = 200;
export const SEARCH_PAGE_MAX = 50;

@ArgsType()
export class SearchFilterArgs {
  @Field({ description: 'Words to find; "quoted phrases", OR, and -exclusion work as on web search engines.' })
  @IsString()
  @MaxLength(QUERY_MAX, { message: `query must be at most ${QUERY_MAX} characters` })
  query: string;

  @Field(() => String, { nullable: true, description: 'Only this network.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  networkSlug?: string;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(SearchKind, { each: true })
  kinds?: SearchKind[];

  @Field(() => Date, { nullable: true, description: 'Written (events: starting) at or after this.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Written (events: starting) before this.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class SearchArgs extends SearchFilterArgs {
  @Field(() => Int, { nullable: true, description: `How many (1-${SEARCH_PAGE_MAX}, default 20).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(SEARCH_PAGE_MAX)
  first?: number;

  @Field(() => Int, { nullable: true, description: 'Skip this many (the next page starts at first + offset).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  offset?: number;
}

@ObjectType({ description: 'Something found by `search`, which the caller may read.' })
export class SearchHit {
  @Field(() => SearchKind)
  kind: SearchKind;

  @Field(() => ID)
  id: string;

  @Field({ description: 'The thread title for threads and posts; the title or name otherwise.' })
  title: string;

  @Field({ description: 'Plain text around the matches, each match between « and ».' })
  snippet: string;

  @Field(() => Float, { description: 'Relevance: higher first (titles weigh more than bodies).' })
  rank: number;

  @Field({ description: 'When it was written (for events: when it starts).' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'For a post: its thread.' })
  threadId: string | null;

  @Field(() => Int, { nullable: true, description: 'For a post: its position in the thread (1 is the opening post).' })
  position: number | null;

  @Field({ description: 'Where it is in the web client, e.g. /n/crewe/t/<id>.' })
  path: string;

  networkId: string;
}

@ObjectType()
export class SearchKindCount {
  @Field(() => SearchKind)
  kind: SearchKind;

  @Field(() => Int)
  count: number;
}
