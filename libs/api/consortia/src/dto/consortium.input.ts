import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ConsortiumRole } from '../entities/consortium-role';
import { ConsortiumStatus } from '../entities/consortium.entity';
import { MultiLineText } from '@community-hub/api-common';

@InputType()
export class FormConsortiumInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'opportunityId must be an id' })
  opportunityId: string;

  @Field()
  @IsString()
  @MaxLength(160, { message: 'name must be at most 160 characters' })
  name: string;

  @Field(() => ID, { description: 'The lead organisation: one you represent.' })
  @IsUUID('all', { message: 'leadOrganisationId must be an id' })
  leadOrganisationId: string;
}

@InputType()
export class InviteToConsortiumInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'consortiumId must be an id' })
  consortiumId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organisationId must be an id' })
  organisationId: string;

  @Field(() => ConsortiumRole, { defaultValue: ConsortiumRole.PARTNER, description: 'PARTNER or SUBCONTRACTOR.' })
  @IsEnum(ConsortiumRole)
  role: ConsortiumRole;
}

@InputType()
export class SetConsortiumStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'consortiumId must be an id' })
  consortiumId: string;

  @Field(() => ConsortiumStatus, { description: 'FORMING -> SUBMITTED -> WON | LOST; WITHDRAWN from FORMING or SUBMITTED.' })
  @IsEnum(ConsortiumStatus)
  status: ConsortiumStatus;

  @Field({ nullable: true, description: 'What happened, e.g. "Awarded lot 2 for three years".' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLineText()
  outcome?: string;

  @Field({ nullable: true, description: "The funder's feedback." })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  @MultiLineText()
  feedback?: string;
}

@InputType()
export class MemberTermsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'memberId must be an id' })
  memberId: string;

  @Field(() => ConsortiumRole, { nullable: true })
  @IsOptional()
  @IsEnum(ConsortiumRole)
  role?: ConsortiumRole;

  @Field({ nullable: true, description: 'What this organisation does in the bid.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLineText()
  responsibilities?: string;

  @Field(() => Float, { nullable: true, description: 'Its share of costs or income, in % (0-100).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'sharePercent must be between 0 and 100' })
  @Max(100, { message: 'sharePercent must be between 0 and 100' })
  sharePercent?: number | null;
}

@InputType()
export class UpdateConsortiumAgreementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'consortiumId must be an id' })
  consortiumId: string;

  @Field({ nullable: true, description: 'How the partners share data (and under which agreement).' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  @MultiLineText()
  dataSharing?: string;

  @Field({ nullable: true, description: 'How a partner may leave, and what happens then.' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  @MultiLineText()
  exitTerms?: string;

  @Field(() => [MemberTermsInput], { defaultValue: [], description: "Each member's role, responsibilities and share." })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MemberTermsInput)
  members: MemberTermsInput[];
}
