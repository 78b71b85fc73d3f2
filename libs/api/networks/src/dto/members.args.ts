import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '@community-hub/api-common';
import { MembershipStatus } from '../entities/membership.entity';

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => MembershipStatus, {
    defaultValue: MembershipStatus.ACTIVE,
    description: 'PENDING and SUSPENDED lists are for coordinators.',
  })
  @IsOptional()
  @IsEnum(MembershipStatus)
  status: MembershipStatus;
}
