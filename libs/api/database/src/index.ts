export * from './embedded-postgres';
export * from './data-source-options';
export * from './migration-runner';
export * from './free-port';
export * from './migrations';
export * from './prepared-query';
export * from './timestamptz';
