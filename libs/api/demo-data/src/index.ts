export * from './demo-data.service';
export * from './demo-networks';
export * from './demo-data.module';
