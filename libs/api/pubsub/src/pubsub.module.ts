import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from './event-bus';
import { PostgresEventBus } from './postgres-event-bus';

@Global()
@Module({})
export class PubSubModule implements OnApplicationShutdown {
  constructor(@Inject(EventBus) private readonly bus: EventBus) {}

  static forRoot(options: { databaseUrl: string }): DynamicModule {
    return {
      module: PubSubModule,
      providers: [
        {
          provide: EventBus,
          useFactory: async () => {
            const bus = new PostgresEventBus(options.databaseUrl);
            await bus.start();
            return bus;
          },
        },
      ],
      exports: [EventBus],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.bus instanceof PostgresEventBus) await this.bus.close();
  }
}
