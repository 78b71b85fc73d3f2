import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, IdArg, mapPage, type Page, type RequestContext } from '@community-hub/api-common';
import { AllowAnonymous, CurrentCaller } from '@community-hub/api-auth';
import { AccountsService, User, type UserEntity } from '@community-hub/api-accounts';
import { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from './dto/organisation.input';
import { Organisation, OrganisationConnection } from './models/organisation.model';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(
    private readonly organisationService: OrganisationsService,
    private readonly accounts: AccountsService,
  ) {}

  @AllowAnonymous()
  @Query(() => OrganisationConnection, { description: 'The organisation directory, optionally of one network.' })
  async organisations(@CurrentCaller() caller: Caller | null, @Args() args: OrganisationsArgs): Promise<Page<Organisation>> {
    return mapPage(await this.organisationService.list(caller, args), Organisation.from);
  }

  @AllowAnonymous()
  @Query(() => Organisation, { nullable: true })
  async organisation(@CurrentCaller() caller: Caller | null, @IdArg('id') id: string): Promise<Organisation> {
    return Organisation.from(await this.organisationService.findVisible(caller, id));
  }

  @Query(() => [Organisation], { description: 'Organisations the caller represents; with networkId, only those in that network\'s directory.' })
  async myOrganisations(
    @CurrentCaller() caller: Caller,
    @Args('networkId', { type: () => ID, nullable: true }) networkId?: string | null,
  ): Promise<Organisation[]> {
    return (await this.organisationService.listRepresentedBy(caller.userId, networkId ?? null)).map(Organisation.from);
  }

  @Mutation(() => Organisation, { description: 'The creator becomes its first representative.' })
  async createOrganisation(@CurrentCaller() caller: Caller, @Args('input') input: CreateOrganisationInput) {
    return Organisation.from(await this.organisationService.create(caller, input));
  }

  @Mutation(() => Organisation, { description: 'Representatives only.' })
  async updateOrganisation(@CurrentCaller() caller: Caller, @Args('input') input: UpdateOrganisationInput) {
    return Organisation.from(await this.organisationService.update(caller, input));
  }

  @Mutation(() => Organisation, { description: 'A representative adds another person who acts for the organisation.' })
  async addRepresentative(
    @CurrentCaller() caller: Caller,
    @IdArg('organisationId') organisationId: string,
    @IdArg('userId') userId: string,
  ) {
    return Organisation.from(await this.organisationService.addRepresentative(caller, organisationId, userId));
  }

  @Mutation(() => Organisation)
  async removeRepresentative(
    @CurrentCaller() caller: Caller,
    @IdArg('organisationId') organisationId: string,
    @IdArg('userId') userId: string,
  ) {
    return Organisation.from(await this.organisationService.removeRepresentative(caller, organisationId, userId));
  }

  @ResolveField(() => [User], { description: 'The people who act for it.' })
  async representatives(@Parent() organisation: Organisation, @Context() ctx: RequestContext): Promise<User[]> {
    const ids = await this.organisationService.representativeIds(ctx).load(organisation.id);
    const users = await this.accounts.usersById(ctx).loadMany(ids);
    return users.filter((u): u is UserEntity => Boolean(u) && !(u instanceof Error)).map((u) => User.from(u));
  }
}
