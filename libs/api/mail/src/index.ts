export * from './mail.service';
export * from './mail.module';
export * from './reply-addresses';
export * from './entities/mail-suppression.entity';
export * from './outbox.controller';
