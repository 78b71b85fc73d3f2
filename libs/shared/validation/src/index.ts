export * from './account-rules';
export * from './organisation-rules';
export * from './network-rules';
