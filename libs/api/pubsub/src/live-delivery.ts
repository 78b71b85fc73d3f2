import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@community-hub/api-common';
import { type BusMessage, EventBus } from './event-bus';
import { mapAsyncIterator } from './map-async-iterator';

type Payload = BusMessage['payload'];

/** One live subscription: which events, who may receive each, what is loaded and what is delivered. */
export interface LiveSubscription<Loaded, Delivered> {
  topic: string;
  /** Picks this subscriber's events by their payload (before they are queued, and again on delivery). */
  only: (event: Payload) => boolean;
  /** The subscriber (user id, or 'anonymous'): their access decisions and values are shared by their identical subscriptions. */
  subscriber: string;
  /**
   * What the event is about, loaded once per event for every subscriber in this process (null or undefined:
   * nothing is delivered). The key names the kind of subscription: the same key means the same load and value.
   */
  load: { key: string; run: (event: Payload) => Promise<Loaded | null | undefined> };
  /**
   * Re-checked for every event, so someone who lost the right to read stops receiving at once. Asked once
   * per event and (subscriber, key), so a person with many open subscriptions costs one check.
   */
  mayReceive?: { key: string; check: (loaded: Loaded, event: Payload) => Promise<boolean> };
  /** The value this subscriber receives (made once per event and subscriber; undefined: nothing). */
  deliver: (loaded: Loaded, event: Payload) => Delivered | undefined;
  /** The subscription's per-request loaders: cleared for every event, or they would live (and go stale) as long as the connection. */
  context?: RequestContext;
}

/**
 * Live delivery from the event bus, for every domain's GraphQL subscriptions:
 * a topic, a filter, a re-check of the subscriber's access for every event,
 * and loading once per event. The bus hands one event to all of this process's
 * subscribers as the same payload object, so work is shared per event through
 * a WeakMap keyed by it (and forgotten with it).
 */
@Injectable()
export class LiveDelivery {
  private readonly perEvent = new WeakMap<Payload, Map<string, Promise<unknown>>>();

  constructor(private readonly bus: EventBus) {}

  subscribe<Loaded, Delivered>(subscription: LiveSubscription<Loaded, Delivered>): AsyncIterableIterator<Delivered> {
    const { topic, only, subscriber, load, mayReceive, deliver, context } = subscription;
    return mapAsyncIterator(this.bus.subscribe(topic, only), async (event) => {
      if (!only(event)) return undefined;
      context?.loaders.clear();
      const loaded = await this.once(event, `load:${load.key}`, () => load.run(event));
      if (loaded === null || loaded === undefined) return undefined;
      if (mayReceive && !(await this.once(event, `may:${subscriber}:${mayReceive.key}`, () => mayReceive.check(loaded, event)))) return undefined;
      return this.once(event, `deliver:${subscriber}:${load.key}`, async () => deliver(loaded, event));
    });
  }

  private once<T>(event: Payload, key: string, make: () => Promise<T>): Promise<T> {
    let values = this.perEvent.get(event);
    if (!values) this.perEvent.set(event, (values = new Map()));
    let value = values.get(key) as Promise<T> | undefined;
    // A failed load or check is shared too: every subscriber drops that one event (see mapAsyncIterator).
    if (!value) values.set(key, (value = make()));
    return value;
  }
}
