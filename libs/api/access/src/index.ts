export * from './access-rules';
export * from './access.module';
export * from './space-access.policy';
export * from './space-access.service';
export * from './space-kind';
export * from './space-permission';
