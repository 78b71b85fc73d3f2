import type { Exchange, Operation } from 'urql';
import { pipe, tap } from 'wonka';

/** Subscribes to "the live connection is back"; returns the unsubscribe function. */
export type OnReconnect = (listener: () => void) => () => void;

/**
 * Live events are not replayed: whatever happened while the WebSocket was
 * down (a server restart, a phone losing signal) never arrives. So when it
 * reconnects, every query on screen is fetched again from the network, and
 * the page catches up with the posts, threads and counts it missed (the
 * same idea as urql's refocus exchange, on reconnection instead of focus).
 */
export function reconnectExchange(onReconnect: OnReconnect): Exchange {
  return ({ client, forward }) =>
    (operations$) => {
      const watched = new Map<number, Operation>();
      onReconnect(() => {
        for (const operation of watched.values()) {
          client.reexecuteOperation(client.createRequestOperation('query', operation, { ...operation.context, requestPolicy: 'network-only' }));
        }
      });
      return forward(
        pipe(
          operations$,
          tap((operation) => {
            if (operation.kind === 'query') watched.set(operation.key, operation);
            else if (operation.kind === 'teardown') watched.delete(operation.key);
          }),
        ),
      );
    };
}

/** Waits between attempts to reconnect: 1, 2, 4 … seconds, never more than 30, with jitter so clients do not return all at once. */
export function reconnectDelay(retries: number, random = Math.random): number {
  return Math.min(30_000, 1000 * 2 ** retries) * (0.75 + random() / 2);
}
