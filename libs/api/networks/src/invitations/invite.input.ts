import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { MultiLineText, PageArgs } from '@community-hub/api-common';
import { NetworkInvitationStatus } from './invitation.model';

/** At most this many addresses per call (a CSV of a whole network's members fits). */
export const MAX_INVITATIONS_PER_CALL = 1000;

@InputType({ description: 'One row of an imported list: name and organisation are kept for the coordinator, never used to make an account.' })
export class InviteeInput {
  @Field()
  @IsString()
  @MaxLength(1000)
  email: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisation?: string;
}

@InputType()
export class InviteToNetworkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(MAX_INVITATIONS_PER_CALL)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  emails: string[];

  @Field(() => [InviteeInput], { nullable: true, description: 'Rows with a name and organisation (a CSV import), invited as well as `emails`.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_INVITATIONS_PER_CALL)
  @ValidateNested({ each: true })
  @Type(() => InviteeInput)
  invitees?: InviteeInput[];

  @Field({ nullable: true, description: 'Plain text added to the email.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @MultiLineText()
  message?: string;
}

@ArgsType()
export class InvitationsArgs extends PageArgs {
  @Field(() => NetworkInvitationStatus, { nullable: true, description: 'Only these; all when not given.' })
  @IsOptional()
  @IsEnum(NetworkInvitationStatus)
  status?: NetworkInvitationStatus;
}
