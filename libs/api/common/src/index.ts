export * from './errors';
export * from './pagination';
export * from './request-context';
export * from './request-loaders';
export * from './id-arg';
export * from './domain-error.filter';
export * from './request-scope';
export * from './preloaded-field';
