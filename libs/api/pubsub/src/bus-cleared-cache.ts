import { Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { EventBus } from './event-bus';

export interface BusClearedCacheOptions {
  /** The bus topic on which a change to a key is announced (by any instance). */
  topic: string;
  /** How long an entry is trusted at most, in ms: the bound when an announcement is lost. */
  ttlMs: number;
  /** Entries kept at most. */
  max: number;
}

/**
 * An in-memory cache that every API instance keeps correct through the event bus:
 * `changed(key)` drops the key here and announces it, and each instance drops it when
 * it hears the announcement. The bus replays nothing, so an entry is also trusted for
 * `ttlMs` at most, and the whole cache goes when the bus reconnects or the subscription
 * is cut off. A load that started before a change is never cached after it.
 *
 * Values must be facts that are the same for every caller (no permissions of one person).
 */
export class BusClearedCache<V extends object> {
  private readonly logger = new Logger(BusClearedCache.name);
  private readonly entries: LRUCache<string, V>;
  /** Bumped on every change heard: a load that started before must not be cached after. */
  private generation = 0;
  private subscription: AsyncIterableIterator<Record<string, unknown>> | null = null;
  private stopReconnectListener: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly bus: EventBus,
    private readonly options: BusClearedCacheOptions,
  ) {
    this.entries = new LRUCache<string, V>({ max: options.max, ttl: options.ttlMs });
  }

  /** Starts listening for changes announced by any instance (call from `onModuleInit`). */
  start(): void {
    this.stopReconnectListener = this.bus.onReconnect(() => this.clear());
    this.listen();
  }

  async stop(): Promise<void> {
    this.closed = true;
    this.stopReconnectListener?.();
    await this.subscription?.return?.();
  }

  /**
   * The cached value of `key`, or `load()`'s answer. An answer `keep` refuses (null, or a
   * value that must always be read afresh) is handed back but not cached. Loads are not
   * shared between callers: a load may answer for its caller only (e.g. with their rights).
   */
  async get(key: string, load: () => Promise<V | null>, keep: (value: V) => boolean = () => true): Promise<V | null> {
    const cached = this.entries.get(key);
    if (cached) return cached;
    const generation = this.generation;
    const value = await load();
    if (value && generation === this.generation && keep(value)) this.entries.set(key, value);
    return value;
  }

  /** Call after a change to `key` has committed: every instance drops it. */
  async changed(key: string): Promise<void> {
    this.drop(key);
    try {
      await this.bus.publish(this.options.topic, { key });
    } catch (error) {
      // Other instances still stop trusting their entry within ttlMs.
      this.logger.warn(`Could not announce a change on ${this.options.topic}: ${(error as Error).message}`);
    }
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  private drop(key: string): void {
    this.generation++;
    this.entries.delete(key);
  }

  private listen(): void {
    if (this.closed) return;
    const subscription = this.bus.subscribe(this.options.topic);
    this.subscription = subscription;
    void (async () => {
      try {
        for await (const payload of subscription) {
          if (typeof payload.key === 'string') this.drop(payload.key);
          else this.clear();
        }
      } catch (error) {
        this.logger.warn(`Lost the ${this.options.topic} subscription (${(error as Error).message}); listening again`);
      }
      if (!this.closed) {
        this.clear();
        this.listen();
      }
    })();
  }
}
