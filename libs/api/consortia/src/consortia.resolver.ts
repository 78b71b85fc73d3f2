import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { type Caller, IdArg, mapPage, type Page, PageArgs, type RequestContext } from '@community-hub/api-common';
import { CurrentCaller } from '@community-hub/api-auth';
import { AccountsService, User } from '@community-hub/api-accounts';
import { Network, NetworksService, Organisation, OrganisationsService } from '@community-hub/api-networks';
import { ForumService, Thread, ThreadConnection } from '@community-hub/api-forum';
import { Document, DocumentConnection, Folder, LibraryService } from '@community-hub/api-library';
import { ConsortiaService } from './consortia.service';
import { DeadlineRemindersService } from './deadline-reminders.service';
import { FormConsortiumInput, InviteToConsortiumInput, SetConsortiumStatusInput, UpdateConsortiumAgreementInput } from './dto/consortium.input';
import { ConsortiumMemberStatus } from './entities/consortium-member.entity';
import { Consortium, ConsortiumAgreement, ConsortiumMember, DeadlineReminder } from './models/consortium.model';
import { Opportunity } from './models/opportunity.model';
import { OpportunitiesService } from './opportunities.service';

@ArgsType()
class WorkspaceDocumentsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only documents in this folder; without it, those in no folder.' })
  @IsOptional()
  @IsUUID('all', { message: 'folderId must be an id' })
  folderId?: string;
}

@Resolver(() => Consortium)
export class ConsortiaResolver {
  constructor(
    private readonly consortia: ConsortiaService,
    private readonly opportunities: OpportunitiesService,
    private readonly networks: NetworksService,
    private readonly organisations: OrganisationsService,
    private readonly forum: ForumService,
    private readonly library: LibraryService,
  ) {}

  @Query(() => Consortium, { nullable: true, description: 'For representatives of its accepted member organisations; NOT_FOUND for everyone else.' })
  async consortium(@CurrentCaller() caller: Caller, @IdArg('id') id: string): Promise<Consortium> {
    return Consortium.from(await this.consortia.find(caller, id), true);
  }

  @Query(() => [Consortium], { description: 'Consortia the caller is in (through an accepted organisation), newest first.' })
  async myConsortia(
    @CurrentCaller() caller: Caller,
    @IdArg('opportunityId', { nullable: true, description: 'Only those for this opportunity.' }) opportunityId?: string,
  ): Promise<Consortium[]> {
    return (await this.consortia.listMine(caller, opportunityId)).map((c) => Consortium.from(c, true));
  }

  @Query(() => [ConsortiumMember], { description: 'Open invitations to organisations the caller represents (the invitation inbox).' })
  async myConsortiumInvitations(@CurrentCaller() caller: Caller): Promise<ConsortiumMember[]> {
    return (await this.consortia.myInvitations(caller)).map(ConsortiumMember.from);
  }

  @Mutation(() => Consortium, { description: 'For an open opportunity, led by an organisation you represent. Its private workspace opens with it.' })
  async formConsortium(@CurrentCaller() caller: Caller, @Args('input') input: FormConsortiumInput): Promise<Consortium> {
    return Consortium.from(await this.consortia.form(caller, input), true);
  }

  @Mutation(() => ConsortiumMember, { description: "The lead's representatives invite an organisation (while FORMING)." })
  async inviteToConsortium(@CurrentCaller() caller: Caller, @Args('input') input: InviteToConsortiumInput): Promise<ConsortiumMember> {
    return ConsortiumMember.from(await this.consortia.invite(caller, input));
  }

  @Mutation(() => ConsortiumMember, { description: 'Representatives of the invited organisation accept or decline.' })
  async respondToInvitation(
    @CurrentCaller() caller: Caller,
    @IdArg('memberId') memberId: string,
    @Args('accept') accept: boolean,
  ): Promise<ConsortiumMember> {
    return ConsortiumMember.from(await this.consortia.respond(caller, memberId, accept));
  }

  @Mutation(() => Consortium, { description: 'The lead moves the status (FORMING -> SUBMITTED -> WON | LOST, or WITHDRAWN), recording outcome and feedback.' })
  async setConsortiumStatus(@CurrentCaller() caller: Caller, @Args('input') input: SetConsortiumStatusInput): Promise<Consortium> {
    return Consortium.from(await this.consortia.setStatus(caller, input), true);
  }

  @Mutation(() => Consortium, { description: "The lead drafts or changes the agreement (members' roles and shares, data sharing, exit terms); everyone signs off again." })
  async updateConsortiumAgreement(@CurrentCaller() caller: Caller, @Args('input') input: UpdateConsortiumAgreementInput): Promise<Consortium> {
    return Consortium.from(await this.consortia.updateAgreement(caller, input), true);
  }

  @Mutation(() => ConsortiumMember, { description: 'A representative signs off the current agreement for their (accepted member) organisation.' })
  async signConsortiumAgreement(
    @CurrentCaller() caller: Caller,
    @IdArg('consortiumId') consortiumId: string,
    @IdArg('organisationId') organisationId: string,
  ): Promise<ConsortiumMember> {
    return ConsortiumMember.from(await this.consortia.signAgreement(caller, consortiumId, organisationId));
  }

  @ResolveField(() => Boolean, { description: "Whether the caller acts for the lead: invites, moves the status and drafts the agreement." })
  canManage(@Parent() consortium: Consortium, @Context() ctx: RequestContext): Promise<boolean> {
    return this.consortia.canManage(ctx, consortium.id);
  }

  @ResolveField(() => Opportunity)
  async opportunity(@Parent() consortium: Consortium, @Context() ctx: RequestContext): Promise<Opportunity> {
    return Opportunity.from((await this.opportunities.opportunitiesById(ctx).load(consortium.opportunityId))!);
  }

  @ResolveField(() => Network, { description: 'The network where the opportunity was posted.' })
  async network(@Parent() consortium: Consortium, @Context() ctx: RequestContext): Promise<Network> {
    return Network.from((await this.networks.networksById(ctx).load(consortium.networkId))!);
  }

  @ResolveField(() => Organisation, { description: 'The lead organisation.' })
  async lead(@Parent() consortium: Consortium, @Context() ctx: RequestContext): Promise<Organisation> {
    return Organisation.from((await this.organisations.organisationsById(ctx).load(consortium.leadOrganisationId))!);
  }

  @ResolveField(() => [ConsortiumMember], { description: 'Every organisation in it or invited to it, the lead first.' })
  async members(@Parent() consortium: Consortium, @Context() ctx: RequestContext): Promise<ConsortiumMember[]> {
    await this.requireReadable(consortium, ctx);
    return (await this.consortia.membersOf(ctx).load(consortium.id)).map(ConsortiumMember.from);
  }

  @ResolveField(() => ConsortiumAgreement, { description: 'The agreement checklist, with who has not signed off.' })
  async agreement(@Parent() consortium: Consortium, @Context() ctx: RequestContext): Promise<ConsortiumAgreement> {
    await this.requireReadable(consortium, ctx);
    const accepted = (await this.consortia.membersOf(ctx).load(consortium.id)).filter((m) => m.status === ConsortiumMemberStatus.ACCEPTED);
    const unsigned = consortium.agreementVersion ? accepted.filter((m) => m.signedVersion !== consortium.agreementVersion) : accepted;
    return Object.assign(new ConsortiumAgreement(), {
      version: consortium.agreementVersion,
      dataSharing: consortium.dataSharing,
      exitTerms: consortium.exitTerms,
      updatedAt: consortium.agreementUpdatedAt,
      totalSharePercent: Math.round(accepted.reduce((sum, m) => sum + (m.sharePercent ?? 0), 0) * 100) / 100,
      unsignedMembers: unsigned.map(ConsortiumMember.from),
      complete: consortium.agreementVersion > 0 && unsigned.length === 0,
    });
  }

  @ResolveField(() => ThreadConnection, { description: "The private workspace's forum, newest activity first." })
  async threads(@Parent() consortium: Consortium, @Args() args: PageArgs, @CurrentCaller() caller: Caller | null): Promise<Page<Thread>> {
    return mapPage(await this.forum.listThreads(caller, consortium.id, args), Thread.from);
  }

  @ResolveField(() => [Folder], { description: "The private workspace's library folders, by name." })
  async folders(@Parent() consortium: Consortium, @CurrentCaller() caller: Caller | null): Promise<Folder[]> {
    return (await this.library.listFolders(caller, consortium.id)).map(Folder.from);
  }

  @ResolveField(() => DocumentConnection, { description: "The private workspace's documents in a folder (or in none), newest first." })
  async documents(@Parent() consortium: Consortium, @Args() args: WorkspaceDocumentsArgs, @CurrentCaller() caller: Caller | null): Promise<Page<Document>> {
    return mapPage(await this.library.listDocuments(caller, consortium.id, args), Document.from);
  }

  private async requireReadable(consortium: Consortium, ctx: RequestContext): Promise<void> {
    if (!consortium.readable) await this.consortia.requireReadable(ctx.caller, consortium.id);
  }
}

@Resolver(() => ConsortiumMember)
export class ConsortiumMembersResolver {
  constructor(
    private readonly consortia: ConsortiaService,
    private readonly organisations: OrganisationsService,
    private readonly accounts: AccountsService,
  ) {}

  @ResolveField(() => Organisation)
  async organisation(@Parent() member: ConsortiumMember, @Context() ctx: RequestContext): Promise<Organisation> {
    return Organisation.from((await this.organisations.organisationsById(ctx).load(member.organisationId))!);
  }

  @ResolveField(() => Consortium, { description: 'Its name, lead, opportunity and status; members and workspace only for accepted members.' })
  async consortium(@Parent() member: ConsortiumMember, @Context() ctx: RequestContext): Promise<Consortium> {
    return Consortium.from((await this.consortia.consortiaById(ctx).load(member.consortiumId))!);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who invited it.' })
  async invitedBy(@Parent() member: ConsortiumMember, @Context() ctx: RequestContext): Promise<User | null> {
    const user = member.invitedById ? await this.accounts.usersById(ctx).load(member.invitedById) : null;
    return user ? User.from(user) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who signed off the current agreement for it.' })
  async signedBy(@Parent() member: ConsortiumMember, @Context() ctx: RequestContext): Promise<User | null> {
    if (!member.signedById || !(await this.signed(member, ctx))) return null;
    const user = await this.accounts.usersById(ctx).load(member.signedById);
    return user ? User.from(user) : null;
  }

  @ResolveField(() => Boolean, { description: 'Has signed off the current version of the agreement.' })
  async signed(@Parent() member: ConsortiumMember, @Context() ctx: RequestContext): Promise<boolean> {
    if (member.signedVersion === null) return false;
    const consortium = await this.consortia.consortiaById(ctx).load(member.consortiumId);
    return Boolean(consortium?.agreementVersion) && member.signedVersion === consortium!.agreementVersion;
  }
}

/** Thread.consortium: resolved here so the forum need not know about consortia. */
@Resolver(() => Thread)
export class ThreadConsortiumResolver {
  constructor(private readonly consortia: ConsortiaService) {}

  @ResolveField(() => Consortium, { nullable: true, description: "The consortium whose private workspace it is in (null in a network's forum)." })
  async consortium(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<Consortium | null> {
    if (thread.spaceId === thread.networkId) return null;
    const consortium = await this.consortia.consortiaById(ctx).load(thread.spaceId);
    // Whoever reached the thread may read its space.
    return consortium ? Consortium.from(consortium, true) : null;
  }
}

/** Document.consortium: resolved here so the library need not know about consortia. */
@Resolver(() => Document)
export class DocumentConsortiumResolver {
  constructor(private readonly consortia: ConsortiaService) {}

  @ResolveField(() => Consortium, { nullable: true, description: "The consortium whose private workspace it is in (null in a network's library)." })
  async consortium(@Parent() document: Document, @Context() ctx: RequestContext): Promise<Consortium | null> {
    if (document.spaceId === document.networkId) return null;
    const consortium = await this.consortia.consortiaById(ctx).load(document.spaceId);
    return consortium ? Consortium.from(consortium, true) : null;
  }
}

@Resolver(() => DeadlineReminder)
export class DeadlineRemindersResolver {
  constructor(
    private readonly reminders: DeadlineRemindersService,
    private readonly opportunities: OpportunitiesService,
    private readonly organisations: OrganisationsService,
    private readonly consortia: ConsortiaService,
  ) {}

  @Query(() => [DeadlineReminder], { description: 'Upcoming deadline reminders for organisations the caller represents.' })
  async myDeadlineReminders(@CurrentCaller() caller: Caller): Promise<DeadlineReminder[]> {
    return (await this.reminders.listMine(caller)).map(DeadlineReminder.from);
  }

  @ResolveField(() => Opportunity)
  async opportunity(@Parent() reminder: DeadlineReminder, @Context() ctx: RequestContext): Promise<Opportunity> {
    return Opportunity.from((await this.opportunities.opportunitiesById(ctx).load(reminder.opportunityId))!);
  }

  @ResolveField(() => Organisation, { description: 'The organisation reminded.' })
  async organisation(@Parent() reminder: DeadlineReminder, @Context() ctx: RequestContext): Promise<Organisation> {
    return Organisation.from((await this.organisations.organisationsById(ctx).load(reminder.organisationId))!);
  }

  @ResolveField(() => Consortium, { nullable: true, description: 'Set when reminded as a member of this consortium.' })
  async consortium(@Parent() reminder: DeadlineReminder, @Context() ctx: RequestContext): Promise<Consortium | null> {
    if (!reminder.consortiumId) return null;
    const consortium = await this.consortia.consortiaById(ctx).load(reminder.consortiumId);
    return consortium ? Consortium.from(consortium) : null;
  }
}
