export * from './entities/notification.entity';
export * from './entities/notification-preference.entity';
export * from './notifications.service';
export * from './notification-producers.service';
export * from './email-delivery.service';
export * from './notifications.module';
export * from './notification-retention.service';
