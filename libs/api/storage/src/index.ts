export * from './embedded-s3';
export * from './storage.service';
export * from './storage.module';
