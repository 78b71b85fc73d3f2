import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import type { SpaceTarget } from '@community-hub/api-access';

/**
 * Where new content goes: a network, or a consortium's private workspace.
 * Exactly one is given; `SpaceAccessService.requireTarget` checks that and the
 * caller's right to write there.
 */
@InputType({ isAbstract: true })
export abstract class SpaceTargetInput implements SpaceTarget {
  @Field(() => ID, { nullable: true, description: 'The network it goes in (or give consortiumId instead).' })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId?: string | null;

  @Field(() => ID, { nullable: true, description: "A consortium's private workspace (instead of networkId)." })
  @IsOptional()
  @IsUUID('all', { message: 'consortiumId must be an id' })
  consortiumId?: string | null;
}
