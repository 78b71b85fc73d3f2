import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { type Caller, IdArg, type RequestContext } from '@community-hub/api-common';
import { CurrentCaller } from '@community-hub/api-auth';
import { AccountsService, User } from '@community-hub/api-accounts';
import { MembershipRole } from './entities/membership.entity';
import { Membership } from './models/membership.model';
import { Network } from './models/network.model';
import { Organisation } from './models/organisation.model';
import { MembershipWatchService } from './membership-watch.service';
import { NetworksService } from './networks.service';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Membership)
export class MembershipsResolver {
  constructor(
    private readonly networks: NetworksService,
    private readonly organisations: OrganisationsService,
    private readonly accounts: AccountsService,
    private readonly watch: MembershipWatchService,
  ) {}

  @Query(() => [Membership], { description: "The caller's memberships in every network, pending ones included." })
  async myMemberships(@CurrentCaller() caller: Caller): Promise<Membership[]> {
    return (await this.networks.listMyMemberships(caller)).map(Membership.from);
  }

  @Mutation(() => Membership, { description: 'Coordinator or admin of that network.' })
  async approveMembership(@CurrentCaller() caller: Caller, @IdArg('membershipId') membershipId: string) {
    return Membership.from(await this.networks.approve(caller, membershipId));
  }

  @Mutation(() => String, { description: 'Turns down a pending request. Returns the id of the removed request.' })
  async declineMembership(@CurrentCaller() caller: Caller, @IdArg('membershipId') membershipId: string) {
    return this.networks.decline(caller, membershipId);
  }

  @Mutation(() => Membership, { description: 'Coordinator or admin: the person can no longer read private content or write.' })
  async suspendMembership(@CurrentCaller() caller: Caller, @IdArg('membershipId') membershipId: string) {
    return Membership.from(await this.networks.suspend(caller, membershipId));
  }

  @Mutation(() => Membership)
  async reinstateMembership(@CurrentCaller() caller: Caller, @IdArg('membershipId') membershipId: string) {
    return Membership.from(await this.networks.reinstate(caller, membershipId));
  }

  @Mutation(() => Membership, { description: 'Coordinators appoint coordinators; only admins make or unmake admins.' })
  async setMembershipRole(
    @CurrentCaller() caller: Caller,
    @IdArg('membershipId') membershipId: string,
    @Args('role', { type: () => MembershipRole }) role: MembershipRole,
  ) {
    return Membership.from(await this.networks.setRole(caller, membershipId, role));
  }

  @Mutation(() => Membership, { description: 'Says which organisation (that you represent) you act for in a network.' })
  async setMyOrganisation(
    @CurrentCaller() caller: Caller,
    @IdArg('networkId') networkId: string,
    @IdArg('organisationId', { nullable: true }) organisationId: string | null,
  ) {
    return Membership.from(await this.networks.setMyOrganisation(caller, networkId, organisationId ?? null));
  }

  @Subscription(() => Membership, {
    description: "Live changes to memberships of a network: your own, or everyone's if you coordinate it.",
  })
  membershipUpdated(@CurrentCaller() caller: Caller, @IdArg('networkId') networkId: string) {
    return this.watch.watch(caller, networkId);
  }

  @Subscription(() => ID, {
    description: 'Ids of memberships that ended (a declined request, someone leaving): your own, or any if you coordinate.',
  })
  membershipRemoved(@CurrentCaller() caller: Caller, @IdArg('networkId') networkId: string) {
    return this.watch.watchRemovals(caller, networkId);
  }

  @ResolveField(() => User)
  async user(@Parent() membership: Membership, @Context() ctx: RequestContext): Promise<User> {
    const user = await this.accounts.usersById(ctx).load(membership.userId);
    return User.from(user!);
  }

  @ResolveField(() => Network)
  async network(@Parent() membership: Membership, @Context() ctx: RequestContext): Promise<Network> {
    return Network.from((await this.networks.networksById(ctx).load(membership.networkId))!);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation they represent in this network.' })
  async organisation(@Parent() membership: Membership, @Context() ctx: RequestContext): Promise<Organisation | null> {
    if (!membership.organisationId) return null;
    const organisation = await this.organisations.organisationsById(ctx).load(membership.organisationId);
    return organisation ? Organisation.from(organisation) : null;
  }
}
