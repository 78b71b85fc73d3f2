import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, IdArg, mapPage, type Page, type RequestContext } from '@community-hub/api-common';
import { AllowAnonymous, CurrentCaller } from '@community-hub/api-auth';
import { AccountsService, User } from '@community-hub/api-accounts';
import { Network, NetworksService, Organisation, OrganisationsService } from '@community-hub/api-networks';
import { ConsortiaService } from './consortia.service';
import { CreateOpportunityInput, ExpressInterestInput, InterestsArgs, OpportunitiesArgs } from './dto/opportunity.input';
import { Consortium } from './models/consortium.model';
import { Interest, InterestConnection, Opportunity, OpportunityConnection } from './models/opportunity.model';
import { OpportunitiesService } from './opportunities.service';

@Resolver(() => Opportunity)
export class OpportunitiesResolver {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly consortia: ConsortiaService,
    private readonly networks: NetworksService,
    private readonly accounts: AccountsService,
  ) {}

  @AllowAnonymous()
  @Query(() => Opportunity, { nullable: true, description: 'NOT_FOUND when it does not exist or the caller may not read its network.' })
  async opportunity(@CurrentCaller() caller: Caller | null, @IdArg('id') id: string): Promise<Opportunity> {
    return Opportunity.from(await this.opportunities.find(caller, id));
  }

  @Mutation(() => Opportunity, { description: 'Members: post a contract or grant round to a network.' })
  async createOpportunity(@CurrentCaller() caller: Caller, @Args('input') input: CreateOpportunityInput): Promise<Opportunity> {
    return Opportunity.from(await this.opportunities.create(caller, input));
  }

  @Mutation(() => Interest, { description: '"We would partner on this", for an organisation you represent. Again for the same organisation: updates it.' })
  async expressInterest(@CurrentCaller() caller: Caller, @Args('input') input: ExpressInterestInput): Promise<Interest> {
    return Interest.from(await this.opportunities.expressInterest(caller, input));
  }

  @Mutation(() => ID, { description: "Representatives of the organisation: take back its interest." })
  async withdrawInterest(@CurrentCaller() caller: Caller, @IdArg('interestId') interestId: string): Promise<string> {
    return this.opportunities.withdrawInterest(caller, interestId);
  }

  @ResolveField(() => Network)
  async network(@Parent() opportunity: Opportunity, @Context() ctx: RequestContext): Promise<Network> {
    return Network.from((await this.networks.networksById(ctx).load(opportunity.networkId))!);
  }

  @ResolveField(() => User, { description: 'Who posted it.' })
  async postedBy(@Parent() opportunity: Opportunity, @Context() ctx: RequestContext): Promise<User> {
    return User.from((await this.accounts.usersById(ctx).load(opportunity.createdById))!);
  }

  @ResolveField(() => InterestConnection, { description: 'Organisations interested (partner matching), oldest first; filter by role, area, service.' })
  async interests(@Parent() opportunity: Opportunity, @Args() args: InterestsArgs, @CurrentCaller() caller: Caller | null): Promise<Page<Interest>> {
    return mapPage(await this.opportunities.listInterests(caller, opportunity, args), Interest.from);
  }

  @ResolveField(() => [Consortium], { description: 'Consortia for this opportunity that the caller is in (others are private).' })
  async myConsortia(@Parent() opportunity: Opportunity, @Context() ctx: RequestContext): Promise<Consortium[]> {
    return (await this.consortia.myConsortiaByOpportunity(ctx).load(opportunity.id)).map((c) => Consortium.from(c, true));
  }
}

@Resolver(() => Interest)
export class InterestsResolver {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly organisations: OrganisationsService,
    private readonly accounts: AccountsService,
  ) {}

  @ResolveField(() => Organisation)
  async organisation(@Parent() interest: Interest, @Context() ctx: RequestContext): Promise<Organisation> {
    return Organisation.from((await this.organisations.organisationsById(ctx).load(interest.organisationId))!);
  }

  @ResolveField(() => Opportunity)
  async opportunity(@Parent() interest: Interest, @Context() ctx: RequestContext): Promise<Opportunity> {
    return Opportunity.from((await this.opportunities.opportunitiesById(ctx).load(interest.opportunityId))!);
  }

  @ResolveField(() => User, { description: 'Who expressed it.' })
  async expressedBy(@Parent() interest: Interest, @Context() ctx: RequestContext): Promise<User> {
    return User.from((await this.accounts.usersById(ctx).load(interest.createdById))!);
  }
}

@Resolver(() => Network)
export class NetworkOpportunitiesResolver {
  constructor(private readonly opportunityService: OpportunitiesService) {}

  @ResolveField(() => OpportunityConnection, { description: 'The opportunities board: open ones first (soonest deadline first), then closed ones.' })
  async opportunities(@Parent() network: Network, @Args() args: OpportunitiesArgs, @CurrentCaller() caller: Caller | null): Promise<Page<Opportunity>> {
    const now = new Date();
    return mapPage(await this.opportunityService.list(caller, network.id, args, now), (o) => Opportunity.from(o, now));
  }
}
