import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@community-hub/api-accounts';
import { ForumModule } from '@community-hub/api-forum';
import { LibraryModule } from '@community-hub/api-library';
import { MailModule } from '@community-hub/api-mail';
import { NetworksModule } from '@community-hub/api-networks';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { DNS_RESOLVER, systemResolver, timeBounded } from './dmarc-check';
import { EmailInService } from './email-in.service';
import { NetworkEmailInResolver, UserEmailInResolver } from './email-in.resolver';
import { EmailThreadDraftEntity } from './entities/email-thread-draft.entity';
import { InboundEmailEntity } from './entities/inbound-email.entity';
import { NetworkEmailSettingEntity } from './entities/network-email-setting.entity';
import { InboundEmailController } from './inbound.controller';
import { SmtpListenerService } from './smtp-listener.service';

export const EMAIL_IN_ENTITIES = [InboundEmailEntity, EmailThreadDraftEntity, NetworkEmailSettingEntity];

@Module({
  imports: [TypeOrmModule.forFeature(EMAIL_IN_ENTITIES), AccountsModule, NetworksModule, ForumModule, LibraryModule, MailModule],
  controllers: [InboundEmailController],
  providers: [
    EmailInService,
    SmtpListenerService,
    NetworkEmailInResolver,
    UserEmailInResolver,
    // Every lookup is cut off in time: a slow or unreachable DNS must not hold inbound mail.
    { provide: DNS_RESOLVER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => timeBounded(systemResolver(config.inbound.dnsTimeoutMs), config.inbound.dnsTimeoutMs) },
  ],
  exports: [EmailInService, SmtpListenerService],
})
export class EmailInModule {}
