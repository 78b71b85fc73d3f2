import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ADMIN_ENV, networkScenario, type NetworkScenario } from '../support/scenarios';
import { startTestApp, tick, type TestApp } from '../support/test-app';

/**
 * Two instances on one database; subscribers on B. B is restarted (closed, and a new
 * instance started on the same port) while replies keep arriving through A. Every
 * subscriber reconnects by itself and receives replies again; none is delivered twice.
 */
describe('rolling restart of one of two instances', () => {
  let a: TestApp;
  let b: TestApp;
  let s: NetworkScenario;
  const clients: WsClient[] = [];

  beforeAll(async () => {
    a = await startTestApp({ ...ADMIN_ENV });
    b = await startTestApp({ ...ADMIN_ENV }, { databaseName: a.databaseName });
    s = await networkScenario(a, 'PUBLIC');
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await b?.close();
    await a?.close();
  });

  it('drops no subscriber for longer than its reconnect, and delivers no reply twice', async () => {
    const thread = await a.gql(
      'mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }',
      { i: { networkId: s.networkId, title: 'Rolling restart', body: 'start', tags: [] } },
      s.member.token,
    );
    const threadId = thread.data.createThread.id;
    const port = Number(new URL(b.url).port);
    const SUBSCRIBERS = 20;
    const received: { at: number; body: string }[][] = Array.from({ length: SUBSCRIBERS }, () => []);
    for (let i = 0; i < SUBSCRIBERS; i++) {
      const client = createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${s.coordinator.token}` },
        retryAttempts: Infinity,
        shouldRetry: () => true,
        retryWait: () => new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 100)),
      });
      clients.push(client);
      client.subscribe<{ postAdded: { body: string } }>(
        { query: 'subscription($id: ID!) { postAdded(threadId: $id) { body } }', variables: { id: threadId } },
        { next: (value) => value.data && received[i].push({ at: Date.now(), body: value.data.postAdded.body }), error: () => undefined, complete: () => undefined },
      );
    }
    await tick(500);

    let running = true;
    let sequence = 0;
    const publisher = (async () => {
      while (running) {
        await a.gql('mutation($i: ReplyToThreadInput!) { replyToThread(input: $i) { id } }', { i: { threadId, body: `r${++sequence}` } }, s.member.token);
        await tick(100);
      }
    })();
    await tick(1000);
    const closing = Date.now();
    await b.close();
    b = await startTestApp({ ...ADMIN_ENV }, { databaseName: a.databaseName, port });
    const restartedMs = Date.now() - closing;
    await tick(3000);
    running = false;
    await publisher;
    await tick(500);

    const gaps = received.map((events) => {
      let longest = 0;
      for (let i = 1; i < events.length; i++) longest = Math.max(longest, events[i].at - events[i - 1].at);
      return longest;
    });
    const last = `r${sequence}`;
    console.log(
      `Rolling restart: instance B down for ${restartedMs} ms; ${SUBSCRIBERS} subscribers, longest gap without a reply ${Math.max(...gaps)} ms ` +
        `(median ${gaps.sort((x, y) => x - y)[SUBSCRIBERS >> 1]} ms); ${sequence} replies published, ` +
        `at most ${sequence - Math.min(...received.map((events) => events.length))} missed by a subscriber while reconnecting`,
    );
    for (const events of received) {
      const bodies = events.map((e) => e.body);
      expect(new Set(bodies).size).toBe(bodies.length); // no duplicates
      expect(bodies).toContain(last); // receiving again after the restart
    }
    // Longest silence: the restart itself plus one reconnect (retry wait 100-200 ms) plus the publish interval, with room for a busy CI machine.
    expect(Math.max(...gaps)).toBeLessThan(restartedMs + 2500);
  });
});
