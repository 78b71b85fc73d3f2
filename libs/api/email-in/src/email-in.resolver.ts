import { Args, Field, ObjectType, Mutation, Parent, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { type Caller, IdArg, type RequestContext } from '@community-hub/api-common';
import { CurrentCaller } from '@community-hub/api-auth';
import { User } from '@community-hub/api-accounts';
import { MailSuppressionReason } from '@community-hub/api-mail';
import { Network, NetworksService } from '@community-hub/api-networks';
import { Context } from '@nestjs/graphql';
import { EmailInService } from './email-in.service';

registerEnumType(MailSuppressionReason, { name: 'MailStopReason', description: 'HARD_BOUNCE: the address does not exist. COMPLAINT: our email was marked as spam there.' });

@ObjectType({ description: 'Email to this address has stopped.' })
export class EmailDeliveryStop {
  @Field(() => MailSuppressionReason)
  reason: MailSuppressionReason;

  @Field({ description: 'What the report said, e.g. "5.1.1 user unknown".' })
  detail: string;

  @Field()
  since: Date;
}

@Resolver(() => Network)
export class NetworkEmailInResolver {
  constructor(
    private readonly emailIn: EmailInService,
    private readonly networks: NetworksService,
  ) {}

  @ResolveField(() => String, { nullable: true, description: "The address that starts a thread by email: shown to those who may post, while the network allows it." })
  emailAddress(@Parent() network: Network, @CurrentCaller() caller: Caller | null): Promise<string | null> {
    return this.emailIn.networkAddress(caller, network);
  }

  @ResolveField(() => Boolean, { description: 'Members may start threads by emailing the network (off by default).' })
  threadsByEmail(@Parent() network: Network): Promise<boolean> {
    return this.emailIn.threadsByEmail(network.id);
  }

  @Mutation(() => Network, { description: 'Coordinators and admins: allow or stop new threads by email.' })
  async setNetworkThreadsByEmail(
    @CurrentCaller() caller: Caller,
    @IdArg('networkId') networkId: string,
    @Args('enabled') enabled: boolean,
    @Context() ctx: RequestContext,
  ): Promise<Network> {
    await this.emailIn.setThreadsByEmail(caller, networkId, enabled);
    return Network.from((await this.networks.networksById(ctx).load(networkId))!);
  }
}

@Resolver(() => User)
export class UserEmailInResolver {
  constructor(private readonly emailIn: EmailInService) {}

  @ResolveField(() => EmailDeliveryStop, { nullable: true, description: 'Visible only to the user themselves: email to their address stopped after a hard bounce or a complaint.' })
  async emailDeliveryStopped(@Parent() user: User, @CurrentCaller() caller: Caller | null): Promise<EmailDeliveryStop | null> {
    const stop = await this.emailIn.deliveryStopped(caller, user.id);
    return stop ? Object.assign(new EmailDeliveryStop(), { reason: stop.reason, detail: stop.detail, since: stop.createdAt }) : null;
  }
}
