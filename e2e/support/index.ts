export * from './env';
export * from './users';
export * from './graphql';
export * from './browser';
export * from './axe';
export * from './ui';
export * from './mail';
