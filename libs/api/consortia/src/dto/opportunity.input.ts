import { ArgsType, Field, Float, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsEnum, IsNumber, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { MultiLineText, PageArgs } from '@community-hub/api-common';
import { ConsortiumRole } from '../entities/consortium-role';

export enum OpportunityStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(OpportunityStatus, { name: 'OpportunityStatus', description: 'CLOSED once the submission deadline has passed.' });

const LIST_MAX = 20;
const ITEM_MAX = 80;

@InputType()
export class CreateOpportunityInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId: string;

  @Field()
  @IsString()
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title: string;

  @Field({ description: 'The funder or commissioner.' })
  @IsString()
  @MaxLength(200, { message: 'funder must be at most 200 characters' })
  funder: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(20_000)
  @MultiLineText()
  description: string;

  @Field(() => Float, { nullable: true, description: 'Total value in pounds.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'value must not be negative' })
  value?: number | null;

  @Field(() => Date, { description: 'Submission deadline; the opportunity closes then.' })
  @IsDate()
  deadline: Date;

  @Field(() => Date, { nullable: true, description: 'Last day for clarification questions.' })
  @IsOptional()
  @IsDate()
  clarificationDeadline?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Deadline for expressions of interest to the funder.' })
  @IsOptional()
  @IsDate()
  expressionOfInterestDeadline?: Date | null;

  @Field(() => String, { nullable: true, description: 'Where it is published: a full https:// address.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  url?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(ITEM_MAX, { each: true })
  lots: string[];

  @Field(() => [String], { defaultValue: [], description: 'Services asked for, e.g. "befriending".' })
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(ITEM_MAX, { each: true })
  serviceTags: string[];

  @Field(() => [String], { defaultValue: [], description: 'Areas to be served.' })
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(ITEM_MAX, { each: true })
  areas: string[];
}

@ArgsType()
export class OpportunitiesArgs extends PageArgs {
  @Field(() => OpportunityStatus, { nullable: true, description: 'Without it: open ones first (soonest deadline first), then closed ones (latest first).' })
  @IsOptional()
  @IsEnum(OpportunityStatus)
  status?: OpportunityStatus;
}

@InputType()
export class ExpressInterestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'opportunityId must be an id' })
  opportunityId: string;

  @Field(() => ID, { description: 'An organisation you represent.' })
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId: string;

  @Field(() => ConsortiumRole, { defaultValue: ConsortiumRole.PARTNER, description: 'The role sought.' })
  @IsEnum(ConsortiumRole)
  role: ConsortiumRole;

  @Field(() => [String], { defaultValue: [], description: "Lots of interest (from the opportunity's lots)." })
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(ITEM_MAX, { each: true })
  lots: string[];

  @Field({ defaultValue: '', description: 'What the organisation can bring.' })
  @IsString()
  @MaxLength(5000)
  @MultiLineText()
  capabilities: string;

  @Field({ defaultValue: '', description: 'How much it can take on (staff, volunteers, hours).' })
  @IsString()
  @MaxLength(2000)
  @MultiLineText()
  capacity: string;

  @Field(() => [String], { defaultValue: [], description: 'Areas covered.' })
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(ITEM_MAX, { each: true })
  areas: string[];

  @Field(() => [String], { defaultValue: [], description: 'Services offered.' })
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @MaxLength(ITEM_MAX, { each: true })
  services: string[];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  @MultiLineText()
  note: string;
}

@ArgsType()
export class InterestsArgs extends PageArgs {
  @Field(() => ConsortiumRole, { nullable: true })
  @IsOptional()
  @IsEnum(ConsortiumRole)
  role?: ConsortiumRole;

  @Field({ nullable: true, description: 'Only organisations covering this area.' })
  @IsOptional()
  @IsString()
  @MaxLength(ITEM_MAX)
  area?: string;

  @Field({ nullable: true, description: 'Only organisations offering this service.' })
  @IsOptional()
  @IsString()
  @MaxLength(ITEM_MAX)
  service?: string;
}
