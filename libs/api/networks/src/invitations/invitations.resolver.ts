import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, IdArg, mapPage, type Page } from '@community-hub/api-common';
import { AllowAnonymous, CurrentCaller } from '@community-hub/api-auth';
import { Membership } from '../models/membership.model';
import { Network } from '../models/network.model';
import { InvitationLinkInfo, InvitationPreview, NetworkInvitation, NetworkInvitationConnection } from './invitation.model';
import { InvitationsArgs, InviteToNetworkInput } from './invite.input';
import { InvitationsService } from './invitations.service';

@Resolver(() => Network)
export class InvitationsResolver {
  constructor(private readonly invitationService: InvitationsService) {}

  @Mutation(() => [NetworkInvitation], {
    description: 'Coordinators. Emails each address a link (valid 14 days); members and addresses invited already are skipped. Never makes accounts.',
  })
  async inviteToNetwork(@CurrentCaller() caller: Caller, @Args('input') input: InviteToNetworkInput): Promise<NetworkInvitation[]> {
    return (await this.invitationService.invite(caller, input)).map(NetworkInvitation.from);
  }

  @Query(() => InvitationPreview, { description: 'Coordinators. The dry run of inviteToNetwork: what each row would do; nothing is sent.' })
  async networkInvitationPreview(@CurrentCaller() caller: Caller, @Args('input') input: InviteToNetworkInput): Promise<InvitationPreview> {
    return this.invitationService.preview(caller, input);
  }

  @Mutation(() => NetworkInvitation, { description: 'Coordinators. A new email and link (the old link stops working), valid 14 more days.' })
  async resendNetworkInvitation(@CurrentCaller() caller: Caller, @IdArg('invitationId') invitationId: string): Promise<NetworkInvitation> {
    return NetworkInvitation.from(await this.invitationService.resend(caller, invitationId));
  }

  @Mutation(() => NetworkInvitation, { description: 'Coordinators. The link stops working at once.' })
  async revokeNetworkInvitation(@CurrentCaller() caller: Caller, @IdArg('invitationId') invitationId: string): Promise<NetworkInvitation> {
    return NetworkInvitation.from(await this.invitationService.revoke(caller, invitationId));
  }

  @AllowAnonymous()
  @Query(() => InvitationLinkInfo, { nullable: true, description: "The network an invitation link is for, to show before signing in; null for a link that doesn't exist." })
  async networkInvitationLink(@Args('token') token: string): Promise<InvitationLinkInfo | null> {
    return this.invitationService.linkInfo(token);
  }

  @Mutation(() => Membership, { description: 'The signed-in person becomes an ACTIVE member, whatever the visibility. A token works once, for one person.' })
  async acceptNetworkInvitation(@CurrentCaller() caller: Caller, @Args('token') token: string): Promise<Membership> {
    return Membership.from(await this.invitationService.accept(caller, token));
  }

  @ResolveField(() => NetworkInvitationConnection, { description: 'Coordinators: invitations sent, newest first.' })
  async invitations(
    @Parent() network: Network,
    @Args() args: InvitationsArgs,
    @CurrentCaller() caller: Caller | null,
  ): Promise<Page<NetworkInvitation>> {
    return mapPage(await this.invitationService.list(caller, network.id, args), NetworkInvitation.from);
  }
}
