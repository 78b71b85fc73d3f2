import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { EventBus, LocalSubscribers, type BusMessage } from './event-bus';

const CHANNEL = 'community-hub:events';

/**
 * The event bus over Redis pub/sub, for deployments that already run Redis
 * (REDIS_URL). Same contract as the PostgreSQL bus: ids only, every process
 * hears every event. ioredis reconnects and resubscribes by itself.
 */
export class RedisEventBus extends EventBus {
  private readonly logger = new Logger(RedisEventBus.name);
  private readonly local = new LocalSubscribers();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(url: string) {
    super();
    const options = { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: true };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
    }
    this.subscriber.on('message', (channel, message) => {
      if (channel !== CHANNEL) return;
      try {
        this.local.deliver(JSON.parse(message) as BusMessage);
      } catch (error) {
        this.logger.warn(`Ignored a malformed event: ${(error as Error).message}`);
      }
    });
  }

  async start(): Promise<void> {
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    await this.subscriber.subscribe(CHANNEL);
    // ioredis resubscribes by itself after a lost connection; what was published meanwhile is gone.
    this.subscriber.on('ready', () => this.reconnected());
  }

  async publish(topic: string, payload: BusMessage['payload']): Promise<void> {
    await this.publisher.publish(CHANNEL, JSON.stringify({ topic, payload }));
  }

  subscribe(topic: string, only?: (payload: BusMessage['payload']) => boolean): AsyncIterableIterator<BusMessage['payload']> {
    return this.local.iterator(topic, undefined, only);
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }
}
