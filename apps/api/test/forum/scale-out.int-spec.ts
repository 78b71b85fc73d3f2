import { collect, startTestApp, tick, type TestApp } from '../support/test-app';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';

/**
 * Two API processes' worth of apps on one database: a subscriber connected to
 * instance A receives a reply posted through instance B, over each event bus.
 */
const buses: [string, Record<string, string>][] = [['PostgreSQL LISTEN/NOTIFY (default)', {}]];
// Redis is optional: `npm test` sets TEST_REDIS_URL when a Redis server answers on 127.0.0.1:6379.
if (process.env.TEST_REDIS_URL) buses.push(['Redis pub/sub (REDIS_URL)', { REDIS_URL: process.env.TEST_REDIS_URL }]);

describe.each(buses)('live events across instances over %s', (_name, busEnv) => {
  let a: TestApp;
  let b: TestApp;
  let s: NetworkScenario;

  beforeAll(async () => {
    a = await startTestApp({ ...ADMIN_ENV, ...busEnv });
    b = await startTestApp({ ...ADMIN_ENV, ...busEnv }, { databaseName: a.databaseName });
    s = await networkScenario(a, 'PRIVATE');
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('delivers a reply posted through B to a subscriber on A, and a new thread likewise', async () => {
    const thread = await b.gql(
      'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
      { i: { networkId: s.networkId, title: 'Across instances', body: 'Hello from B', tags: [] } },
      s.member.token,
    );
    const threadId = thread.data.createThread.id;
    const posts = collect(a.ws(s.coordinator.token), 'subscription($id: ID!) { postAdded(threadId: $id) { body } }', { id: threadId });
    const threads = collect(a.ws(s.coordinator.token), 'subscription($id: ID!) { threadAdded(networkId: $id) { title } }', { id: s.networkId });
    const outsider = collect(a.ws(s.outsider.token), 'subscription($id: ID!) { threadAdded(networkId: $id) { title } }', { id: s.networkId });
    await tick(400);

    const started = Date.now();
    await b.gql('mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }', { i: { threadId, body: 'Posted via B' } }, s.member.token);
    expect(await posts.next(1, 5000)).toBe(true);
    expect(posts.events[0].postAdded.body).toBe('Posted via B');
    expect(Date.now() - started).toBeLessThan(2000);

    await b.gql(
      'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
      { i: { networkId: s.networkId, title: 'Second thread via B', body: 'x', tags: [] } },
      s.member.token,
    );
    expect(await threads.next(1, 5000)).toBe(true);
    expect(threads.events[0].threadAdded.title).toBe('Second thread via B');
    expect(outsider.errors.flat()[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
