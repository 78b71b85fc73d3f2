import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from './event-bus';
import { LiveDelivery } from './live-delivery';
import { PostgresEventBus } from './postgres-event-bus';
import { RedisEventBus } from './redis-event-bus';

/**
 * Live events between API processes: PostgreSQL LISTEN/NOTIFY by default (no
 * extra service), Redis pub/sub when a Redis URL is configured.
 */
@Global()
@Module({})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(EventBus) private readonly bus: EventBus & { close?: () => Promise<void> }) {}

  static forRoot(options: { databaseUrl: string; redisUrl?: string }): DynamicModule {
    return {
      module: PubSubModule,
      providers: [
        {
          provide: EventBus,
          useFactory: async () => {
            const bus = options.redisUrl ? new RedisEventBus(options.redisUrl) : new PostgresEventBus(options.databaseUrl);
            await bus.start();
            return bus;
          },
        },
        LiveDelivery,
      ],
      exports: [EventBus, LiveDelivery],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close?.();
  }
}
