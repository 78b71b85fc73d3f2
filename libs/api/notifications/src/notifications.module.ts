import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@community-hub/api-accounts';
import { NetworksModule } from '@community-hub/api-networks';
import { EmailDeliveryService } from './email-delivery.service';
import { EmailDeliveryEntity } from './entities/email-delivery.entity';
import { FolderWatchEntity } from './entities/folder-watch.entity';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { NotificationEntity } from './entities/notification.entity';
import { MailService } from './mail.service';
import { NotificationProducersService } from './notification-producers.service';
import { FolderWatchResolver, NotificationPreferencesResolver, NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { UnsubscribeController } from './unsubscribe.controller';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity, NotificationPreferenceEntity, FolderWatchEntity, EmailDeliveryEntity];

@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES), AccountsModule, NetworksModule],
  controllers: [UnsubscribeController],
  providers: [
    NotificationsService,
    MailService,
    EmailDeliveryService,
    NotificationProducersService,
    NotificationsResolver,
    NotificationPreferencesResolver,
    FolderWatchResolver,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
