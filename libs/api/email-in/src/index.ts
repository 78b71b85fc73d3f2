export * from './entities/inbound-email.entity';
export * from './entities/email-thread-draft.entity';
export * from './entities/network-email-setting.entity';
export * from './inbound-message';
export * from './email-in.service';
export * from './smtp-listener.service';
export * from './email-in.module';
export * from './dmarc-check';
