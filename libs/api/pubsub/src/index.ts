export * from './event-bus';
export * from './postgres-event-bus';
export * from './pubsub.module';
export * from './map-async-iterator';
export * from './redis-event-bus';
export * from './live-delivery';
export * from './bus-cleared-cache';
