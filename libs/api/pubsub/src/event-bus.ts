import { DomainError, ErrorCode } from '@community-hub/api-common';

/**
 * Live events between API processes. Payloads carry ids only; a receiver loads
 * the row itself and checks the subscriber's right to read it, so nothing
 * private travels on the bus and nothing stale is delivered.
 */
export interface BusMessage {
  topic: string;
  payload: Record<string, string | number | boolean | null>;
}

export abstract class EventBus {
  abstract publish(topic: string, payload: BusMessage['payload']): Promise<void>;
  /**
   * An async iterator of payloads published on `topic` (by any process) from now
   * on. `only` picks the payloads this subscriber wants (e.g. one thread's posts)
   * before they are queued, so a busy topic does not fill a quiet subscriber's queue.
   */
  abstract subscribe(topic: string, only?: (payload: BusMessage['payload']) => boolean): AsyncIterableIterator<BusMessage['payload']>;

  private readonly reconnectListeners = new Set<() => void>();

  /**
   * Calls `listener` each time the bus's connection comes back after being lost. The bus
   * replays nothing, so events published meanwhile were missed: a process that keeps
   * state up to date from the bus (a cache) drops it here. Returns the unsubscribe.
   */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  /** For transports: the connection was lost and is back. */
  protected reconnected(): void {
    for (const listener of [...this.reconnectListeners]) {
      try {
        listener();
      } catch {
        // one listener's failure must not keep the others from hearing it
      }
    }
  }
}

/** A subscriber this far behind is cut off with an error (it reconnects and reloads) rather than losing events silently. */
export const MAX_QUEUED_EVENTS = 1000;

export class SubscriberOverflowError extends DomainError {
  constructor() {
    super(ErrorCode.SERVICE_UNAVAILABLE, `Live updates could not be delivered fast enough (more than ${MAX_QUEUED_EVENTS} waiting); reconnect to catch up`);
  }
}

/** Fan-out of received messages to this process's subscribers; used by every transport. */
export class LocalSubscribers {
  private readonly byTopic = new Map<string, Set<(payload: BusMessage['payload']) => void>>();

  deliver(message: BusMessage): void {
    for (const push of this.byTopic.get(message.topic) ?? []) push(message.payload);
  }

  get count(): number {
    let n = 0;
    for (const set of this.byTopic.values()) n += set.size;
    return n;
  }

  iterator(topic: string, onFirst?: () => void, only?: (payload: BusMessage['payload']) => boolean): AsyncIterableIterator<BusMessage['payload']> {
    const queue: BusMessage['payload'][] = [];
    const waiting: { resolve: (result: IteratorResult<BusMessage['payload']>) => void; reject: (error: Error) => void }[] = [];
    let done = false;
    let overflowed = false;
    const push = (payload: BusMessage['payload']) => {
      if (done || overflowed) return;
      if (only && !only(payload)) return;
      const waiter = waiting.shift();
      if (waiter) waiter.resolve({ value: payload, done: false });
      else if (queue.length < MAX_QUEUED_EVENTS) queue.push(payload);
      else {
        // A stalled consumer must not grow memory forever, nor miss events without knowing: it is cut off.
        overflowed = true;
        queue.length = 0;
        finish();
      }
    };
    let set = this.byTopic.get(topic);
    if (!set) {
      set = new Set();
      this.byTopic.set(topic, set);
      onFirst?.();
    }
    set.add(push);
    const finish = () => {
      if (done) return;
      done = true;
      const subscribers = this.byTopic.get(topic);
      subscribers?.delete(push);
      if (subscribers && subscribers.size === 0) this.byTopic.delete(topic);
      for (const waiter of waiting.splice(0)) {
        if (overflowed) waiter.reject(new SubscriberOverflowError());
        else waiter.resolve({ value: undefined, done: true });
      }
    };
    const iterator: AsyncIterableIterator<BusMessage['payload']> = {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (overflowed) return Promise.reject(new SubscriberOverflowError());
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return: () => {
        finish();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error?: unknown) => {
        finish();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}
