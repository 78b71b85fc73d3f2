import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationModule } from '@community-hub/api-moderation';
import { AccountsModule } from '@community-hub/api-accounts';
import { MailModule } from '@community-hub/api-mail';
import { NetworksModule } from '@community-hub/api-networks';
import { EmailDeliveryService } from './email-delivery.service';
import { EmailDeliveryEntity } from './entities/email-delivery.entity';
import { FolderWatchEntity } from './entities/folder-watch.entity';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationProducersService } from './notification-producers.service';
import { NotificationRetentionService } from './notification-retention.service';
import { FolderWatchResolver, NotificationPreferencesResolver, NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { NotificationsPersonalData } from './notifications.personal-data';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity, NotificationPreferenceEntity, FolderWatchEntity, EmailDeliveryEntity];

@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES), AccountsModule, NetworksModule, MailModule, ModerationModule],
  controllers: [UnsubscribeController],
  providers: [
    NotificationsPersonalData,
    NotificationsService,
    EmailDeliveryService,
    NotificationProducersService,
    NotificationRetentionService,
    NotificationsResolver,
    NotificationPreferencesResolver,
    FolderWatchResolver,
  ],
  exports: [NotificationsService, NotificationRetentionService],
})
export class NotificationsModule {}
