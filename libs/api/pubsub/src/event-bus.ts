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
  /** An async iterator of payloads published on `topic` (by any process) from now on. */
  abstract subscribe(topic: string): AsyncIterableIterator<BusMessage['payload']>;
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

  iterator(topic: string, onFirst?: () => void): AsyncIterableIterator<BusMessage['payload']> {
    const queue: BusMessage['payload'][] = [];
    const waiting: ((result: IteratorResult<BusMessage['payload']>) => void)[] = [];
    let done = false;
    const push = (payload: BusMessage['payload']) => {
      const resolve = waiting.shift();
      if (resolve) resolve({ value: payload, done: false });
      else if (queue.length < 1000) queue.push(payload); // a stalled consumer must not grow memory forever
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
      for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
    };
    const iterator: AsyncIterableIterator<BusMessage['payload']> = {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => waiting.push(resolve));
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
