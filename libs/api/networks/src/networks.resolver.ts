import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, IdArg, mapPage, type Page, type RequestContext } from '@community-hub/api-common';
import { AllowAnonymous, CurrentCaller } from '@community-hub/api-auth';
import { CreateNetworkInput } from './dto/create-network.input';
import { UpdateNetworkInput } from './dto/update-network.input';
import { MembersArgs } from './dto/members.args';
import { OrganisationsArgs } from './dto/organisation.input';
import { Membership, MembershipConnection } from './models/membership.model';
import { Network } from './models/network.model';
import { Organisation, OrganisationConnection } from './models/organisation.model';
import { NetworksService } from './networks.service';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Network)
export class NetworksResolver {
  constructor(
    private readonly networkService: NetworksService,
    private readonly organisationService: OrganisationsService,
  ) {}

  @AllowAnonymous()
  @Query(() => [Network], { description: 'Every network the caller may see: public ones to anyone.' })
  async networks(
    @CurrentCaller() caller: Caller | null,
    @Args('area', { nullable: true }) area?: string,
  ): Promise<Network[]> {
    return (await this.networkService.listVisible(caller, { area })).map(Network.from);
  }

  @AllowAnonymous()
  @Query(() => Network, { nullable: true })
  async network(@CurrentCaller() caller: Caller | null, @Args('slug') slug: string, @Context() ctx: RequestContext): Promise<Network | null> {
    const network = await this.networkService.findBySlug(caller, slug, ctx);
    return network ? Network.from(network) : null;
  }

  @Mutation(() => Network, { description: 'Platform admins only. The creator becomes its admin.' })
  async createNetwork(@CurrentCaller() caller: Caller, @Args('input') input: CreateNetworkInput): Promise<Network> {
    return Network.from(await this.networkService.create(caller, input));
  }

  @Mutation(() => Network, { description: 'Coordinators and admins: change the name, description, visibility, welcome message or area.' })
  async updateNetwork(@CurrentCaller() caller: Caller, @Args('input') input: UpdateNetworkInput): Promise<Network> {
    return Network.from(await this.networkService.update(caller, input));
  }

  @Mutation(() => Membership, { description: 'PUBLIC network: active at once. PRIVATE: pending until approved. HIDDEN: by invitation only (refused).' })
  async joinNetwork(
    @CurrentCaller() caller: Caller,
    @IdArg('networkId') networkId: string,
    @IdArg('organisationId', { nullable: true, description: 'The organisation you represent there.' })
    organisationId?: string,
  ): Promise<Membership> {
    return Membership.from(await this.networkService.join(caller, networkId, organisationId));
  }

  @Mutation(() => Boolean)
  async leaveNetwork(@CurrentCaller() caller: Caller, @IdArg('networkId') networkId: string): Promise<boolean> {
    return this.networkService.leave(caller, networkId);
  }

  @ResolveField(() => Membership, { nullable: true, description: "The caller's membership, if any." })
  async myMembership(@Parent() network: Network, @Context() ctx: RequestContext): Promise<Membership | null> {
    const membership = await this.networkService.myMembership(ctx).load(network.id);
    return membership ? Membership.from(membership) : null;
  }

  @ResolveField(() => MembershipConnection)
  async members(
    @Parent() network: Network,
    @Args() args: MembersArgs,
    @CurrentCaller() caller: Caller | null,
  ): Promise<Page<Membership>> {
    return mapPage(await this.networkService.members(caller, network.id, args), Membership.from);
  }

  @ResolveField(() => OrganisationConnection, { description: "The network's organisation directory." })
  async organisations(
    @Parent() network: Network,
    @Args() args: OrganisationsArgs,
    @CurrentCaller() caller: Caller | null,
  ): Promise<Page<Organisation>> {
    return mapPage(await this.organisationService.list(caller, { ...args, networkId: network.id }), Organisation.from);
  }
}
