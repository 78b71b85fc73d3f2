import { Module } from '@nestjs/common';
import { MailSuppressionEntity } from './entities/mail-suppression.entity';
import { MailService } from './mail.service';
import { OutboxController } from './outbox.controller';
import { ReplyAddresses } from './reply-addresses';

export const MAIL_ENTITIES = [MailSuppressionEntity];

/** Outgoing email for every domain (notifications, accounts, invitations): one transport per process. */
@Module({
  controllers: [OutboxController],
  providers: [MailService, ReplyAddresses],
  exports: [MailService, ReplyAddresses],
})
export class MailModule {}
