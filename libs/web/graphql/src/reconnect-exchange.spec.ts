import { Client, gql, makeResult, type Exchange, type Operation } from 'urql';
import { filter, map, pipe } from 'wonka';
import { reconnectDelay, reconnectExchange } from './reconnect-exchange';

/** Stands in for the network: records what reaches it and answers every query at once. */
function recordingNetwork(seen: Operation[]): Exchange {
  return () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      map((operation) => {
        seen.push(operation);
        return makeResult(operation, { data: { threads: seen.length } });
      }),
    );
}

function setup() {
  const seen: Operation[] = [];
  const listeners = new Set<() => void>();
  const client = new Client({
    url: 'http://localhost/graphql',
    exchanges: [reconnectExchange((listener) => (listeners.add(listener), () => listeners.delete(listener))), recordingNetwork(seen)],
  });
  const reconnect = () => listeners.forEach((listener) => listener());
  return { client, seen, reconnect };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const THREADS = gql`query Threads($slug: String!) { threads(slug: $slug) }`;

describe('reconnectExchange', () => {
  it('fetches every query still on screen again from the network when the live connection comes back', async () => {
    const { client, seen, reconnect } = setup();
    const results: unknown[] = [];
    const watching = client.query(THREADS, { slug: 'crewe' }).subscribe((result) => results.push(result.data));
    expect(seen).toHaveLength(1);
    reconnect();
    await settled();
    expect(seen).toHaveLength(2);
    expect(seen[1].key).toBe(seen[0].key);
    expect(seen[1].context.requestPolicy).toBe('network-only');
    expect(results).toEqual([{ threads: 1 }, { threads: 2 }]);
    watching.unsubscribe();
  });

  it('forgets a query once nobody shows it', async () => {
    const { client, seen, reconnect } = setup();
    client.query(THREADS, { slug: 'crewe' }).subscribe(() => undefined).unsubscribe();
    const before = seen.length;
    reconnect();
    await settled();
    expect(seen).toHaveLength(before);
  });
});

describe('reconnectDelay', () => {
  it('doubles from one second, never waits more than 30 s, and spreads clients out', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 10].map((retries) => reconnectDelay(retries, middle))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(reconnectDelay(0, () => 0)).toBe(750);
    expect(reconnectDelay(0, () => 1)).toBe(1250);
  });
});
