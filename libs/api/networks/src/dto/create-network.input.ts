import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@community-hub/shared-validation';
import { NetworkVisibility } from '../entities/network.entity';
import { MultiLineText } from '@community-hub/api-common';

@InputType()
export class CreateNetworkInput {
  @Field({ description: 'Lower-case words joined by hyphens, e.g. "holmes-chapel". Used in addresses.' })
  @IsString()
  @MinLength(2)
  @MaxLength(SLUG_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters and digits joined by single hyphens' })
  slug: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  @MultiLineText()
  description: string;

  @Field(() => NetworkVisibility, { defaultValue: NetworkVisibility.PUBLIC })
  @IsEnum(NetworkVisibility)
  visibility: NetworkVisibility;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  area?: string;

  @Field({ nullable: true, description: 'Markdown shown to people who have just become members.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLineText()
  welcomeMessage?: string;
}
