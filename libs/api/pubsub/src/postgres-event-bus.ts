import { Logger } from '@nestjs/common';
import { Client, Pool } from 'pg';
import { EventBus, LocalSubscribers, type BusMessage } from './event-bus';

const CHANNEL = 'community_hub_events';

/**
 * The event bus over PostgreSQL LISTEN/NOTIFY: every API process that shares the
 * database hears every event, with no extra service to run. One dedicated
 * connection listens; it reconnects by itself if the database restarts.
 */
export class PostgresEventBus extends EventBus {
  private readonly logger = new Logger(PostgresEventBus.name);
  private readonly local = new LocalSubscribers();
  private readonly publisher: Pool;
  private listener: Client | null = null;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(private readonly url: string) {
    super();
    this.publisher = new Pool({ connectionString: url, max: 2, application_name: 'community-hub-events' });
    this.publisher.on('error', () => undefined);
  }

  async start(): Promise<void> {
    await this.connect();
  }

  async publish(topic: string, payload: BusMessage['payload']): Promise<void> {
    await this.publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ topic, payload })]);
  }

  subscribe(topic: string, only?: (payload: BusMessage['payload']) => boolean): AsyncIterableIterator<BusMessage['payload']> {
    return this.local.iterator(topic, undefined, only);
  }

  get subscriberCount(): number {
    return this.local.count;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    await this.listener?.end().catch(() => undefined);
    await this.publisher.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'community-hub-listener' });
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      try {
        this.local.deliver(JSON.parse(msg.payload) as BusMessage);
      } catch (error) {
        this.logger.warn(`Ignored a malformed event: ${(error as Error).message}`);
      }
    });
    const lost = (reason: string) => {
      if (this.listener !== client || this.closed) return; // an old or never-established connection, or closing
      this.logger.warn(`Event listener lost its connection (${reason}); reconnecting`);
      this.scheduleReconnect();
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('closed'));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      client.end().catch(() => undefined);
      throw error;
    }
    this.listener = client;
  }

  private scheduleReconnect(delayMs = 250): void {
    if (this.closed || this.reconnectTimer) return;
    this.listener?.end().catch(() => undefined);
    this.listener = null;
    this.reconnectTimer = setTimeout(async () => {
      this.reconnectTimer = null;
      try {
        await this.connect();
        this.logger.log('Event listener reconnected');
        this.reconnected();
      } catch {
        // At most a second apart, so live events resume within about a second of the database returning.
        this.scheduleReconnect(Math.min(delayMs * 2, 1000));
      }
    }, delayMs);
  }
}
