import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MultiLineText } from '@community-hub/api-common';
import { NetworkVisibility } from '../entities/network.entity';

/** A network's settings; only the fields given change. The address (slug) stays: people bookmark it. */
@InputType()
export class UpdateNetworkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;

  @Field({ nullable: true, description: 'Markdown.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLineText()
  description?: string;

  @Field(() => NetworkVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(NetworkVisibility)
  visibility?: NetworkVisibility;

  @Field({ nullable: true, description: 'Markdown shown to people who have just become members.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @MultiLineText()
  welcomeMessage?: string;

  @Field({ nullable: true, description: 'The wider area, for grouping the directory.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  area?: string;
}
