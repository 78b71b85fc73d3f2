import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { MultiLineText, PageArgs } from '@community-hub/api-common';
import { OrganisationKind } from '../entities/organisation.entity';

@InputType()
export class CreateOrganisationInput {
  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(160)
  name: string;

  @Field(() => OrganisationKind)
  @IsEnum(OrganisationKind)
  kind: OrganisationKind;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  @MultiLineText()
  description: string;

  @Field(() => String, { nullable: true, description: 'http(s) address of its website.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  charityNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  companyNumber?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  areasServed: string[];

  @Field(() => ID, { nullable: true, description: "List it in this network's directory (you must be a member)." })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId?: string | null;
}

@InputType()
export class UpdateOrganisationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(160)
  name?: string;

  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLineText()
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  charityNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  companyNumber?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  areasServed?: string[];
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only organisations in this network's directory." })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId?: string;

  @Field({ nullable: true, description: 'Words to look for in the name or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  query?: string;

  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind;
}
