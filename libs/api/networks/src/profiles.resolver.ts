import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@community-hub/api-common';
import { User } from '@community-hub/api-accounts';
import { Network } from './models/network.model';
import { Organisation } from './models/organisation.model';
import { ProfilesService } from './profiles.service';

/** A person's profile, as far as networks know it. */
@Resolver(() => User)
export class ProfilesResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @ResolveField(() => [Organisation], { description: 'The organisations this person represents.' })
  async organisations(@Parent() user: User, @Context() ctx: RequestContext): Promise<Organisation[]> {
    if (user.formerMember) return [];
    return (await this.profiles.organisationsOf(ctx).load(user.id)).map(Organisation.from);
  }

  @ResolveField(() => [Network], { description: 'Networks both you and this person are active members of (empty when signed out).' })
  async networksInCommon(@Parent() user: User, @Context() ctx: RequestContext): Promise<Network[]> {
    if (user.formerMember) return [];
    return (await this.profiles.networksInCommon(ctx).load(user.id)).map(Network.from);
  }
}
