import { Field, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { type Caller, forbidden } from '@community-hub/api-common';
import { CurrentCaller } from '@community-hub/api-auth';
import { MailService } from '@community-hub/api-mail';
import { AccountsService } from './accounts.service';

export enum MailDelivery {
  /** Sent through SMTP_URL. */
  SMTP = 'SMTP',
  /** Outside production without SMTP_URL: written to DATA_DIR/mail (the local outbox). */
  LOCAL_OUTBOX = 'LOCAL_OUTBOX',
  /** Production without SMTP_URL: written to DATA_DIR/mail, and nobody receives them. */
  NOT_SENT = 'NOT_SENT',
}
registerEnumType(MailDelivery, { name: 'MailDelivery' });

@ObjectType({ description: 'How the installation is doing, for platform admins.' })
export class PlatformStatus {
  @Field(() => MailDelivery)
  mailDelivery: MailDelivery;
}

@Resolver(() => PlatformStatus)
export class PlatformStatusResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly mail: MailService,
  ) {}

  @Query(() => PlatformStatus, { description: 'Platform admins only.' })
  async platformStatus(@CurrentCaller() caller: Caller): Promise<PlatformStatus> {
    const user = await this.accounts.requireById(caller.userId);
    if (!user.isPlatformAdmin) throw forbidden('Only platform admins can see this');
    const mailDelivery = this.mail.deliversBySmtp ? MailDelivery.SMTP : this.mail.production ? MailDelivery.NOT_SENT : MailDelivery.LOCAL_OUTBOX;
    return { mailDelivery };
  }
}
