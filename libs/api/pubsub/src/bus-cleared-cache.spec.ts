import { BusClearedCache } from './bus-cleared-cache';
import { EventBus, LocalSubscribers, type BusMessage } from './event-bus';

/** Two "instances" share this bus: what one publishes, both hear (as over LISTEN/NOTIFY). */
class SharedBus extends EventBus {
  readonly local = new LocalSubscribers();
  async publish(topic: string, payload: BusMessage['payload']): Promise<void> {
    queueMicrotask(() => this.local.deliver({ topic, payload }));
  }
  subscribe(topic: string, only?: (payload: BusMessage['payload']) => boolean): AsyncIterableIterator<BusMessage['payload']> {
    return this.local.iterator(topic, undefined, only);
  }
  reconnect(): void {
    this.reconnected();
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('BusClearedCache', () => {
  let bus: SharedBus;
  let caches: BusClearedCache<{ v: number }>[];
  let loads: number;
  let current: number;
  const load = async () => {
    loads++;
    return { v: current };
  };

  beforeEach(() => {
    bus = new SharedBus();
    caches = [0, 1].map(() => new BusClearedCache<{ v: number }>(bus, { topic: 'thing.changed', ttlMs: 60_000, max: 100 }));
    for (const cache of caches) cache.start();
    loads = 0;
    current = 1;
  });
  afterEach(async () => {
    for (const cache of caches) await cache.stop();
  });

  it('loads once and answers from memory until a change on any instance drops the key everywhere', async () => {
    const [a, b] = caches;
    expect(await a.get('k', load)).toEqual({ v: 1 });
    expect(await b.get('k', load)).toEqual({ v: 1 });
    expect(await a.get('k', load)).toEqual({ v: 1 });
    expect(loads).toBe(2);
    current = 2;
    await a.changed('k');
    expect(await a.get('k', load)).toEqual({ v: 2 });
    await settle();
    expect(await b.get('k', load)).toEqual({ v: 2 });
    // Other keys stay.
    expect(await a.get('other', load)).toEqual({ v: 2 });
    await b.changed('k');
    await settle();
    expect(await a.get('other', load)).toEqual({ v: 2 });
    expect(loads).toBe(5);
  });

  it('does not keep what `keep` refuses, nor a load that a change overtook', async () => {
    const [a] = caches;
    await a.get('k', load, () => false);
    await a.get('k', load, () => false);
    expect(loads).toBe(2);
    // A load that read the old value while the change was made is handed back, not kept.
    let release!: () => void;
    const slow = a.get('k', () => new Promise((resolve) => (release = () => resolve({ v: 1 }))));
    current = 3;
    await a.changed('k');
    release();
    expect(await slow).toEqual({ v: 1 });
    expect(await a.get('k', load)).toEqual({ v: 3 });
  });

  it('drops everything when the bus reconnects (it replays nothing), and trusts an entry for ttlMs at most', async () => {
    const [a] = caches;
    await a.get('k', load);
    bus.reconnect();
    await a.get('k', load);
    expect(loads).toBe(2);
    const short = new BusClearedCache<{ v: number }>(bus, { topic: 'thing.changed', ttlMs: 30, max: 100 });
    await short.get('k', load);
    await short.get('k', load);
    expect(loads).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await short.get('k', load);
    expect(loads).toBe(4);
  });
});
