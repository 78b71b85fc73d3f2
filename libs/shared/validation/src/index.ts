export * from './account-rules';
export * from './organisation-rules';
export * from './network-rules';
export * from './text-rules';
export * from './markdown-text';
export * from './library-rules';
export * from './library-import-rules';
