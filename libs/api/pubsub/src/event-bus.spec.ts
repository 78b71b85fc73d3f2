import { LocalSubscribers, MAX_QUEUED_EVENTS, SubscriberOverflowError } from './event-bus';

describe('LocalSubscribers', () => {
  it("queues only the payloads a subscriber picked, so a busy topic cannot fill a quiet subscriber's queue", async () => {
    const local = new LocalSubscribers();
    const mine = local.iterator('posts', undefined, (p) => p.threadId === 'a');
    for (let i = 0; i < MAX_QUEUED_EVENTS * 3; i++) local.deliver({ topic: 'posts', payload: { threadId: 'b', n: i } });
    local.deliver({ topic: 'posts', payload: { threadId: 'a', n: 1 } });
    expect(await mine.next()).toEqual({ value: { threadId: 'a', n: 1 }, done: false });
    await mine.return?.();
  });

  it('cuts off a subscriber that falls too far behind with a coded error, instead of dropping events silently', async () => {
    const local = new LocalSubscribers();
    const slow = local.iterator('posts');
    for (let i = 0; i <= MAX_QUEUED_EVENTS; i++) local.deliver({ topic: 'posts', payload: { n: i } });
    await expect(slow.next()).rejects.toBeInstanceOf(SubscriberOverflowError);
    await expect(slow.next()).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(local.count).toBe(0); // unsubscribed: nothing more is queued for it
  });

  it('wakes a waiting subscriber with the error when it overflows while waiting is impossible, and ends cleanly on return', async () => {
    const local = new LocalSubscribers();
    const it = local.iterator('posts');
    const pending = it.next();
    local.deliver({ topic: 'posts', payload: { n: 1 } });
    expect(await pending).toEqual({ value: { n: 1 }, done: false });
    await it.return?.();
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });
});
