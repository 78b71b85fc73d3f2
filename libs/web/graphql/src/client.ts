import { cacheExchange, Client, fetchExchange, ssrExchange, subscriptionExchange, type SSRData } from 'urql';
import type { Client as WsClient } from 'graphql-ws';
import { reconnectDelay, reconnectExchange } from './reconnect-exchange';

/** An urql client and the WebSocket it owns; both belong to one session. */
export interface GraphqlConnection {
  client: Client;
  dispose(): void;
}

export interface GraphqlConnectionOptions {
  /** Defaults to `/graphql` on this origin. */
  httpUrl?: string;
  /** Defaults to ws(s)://<this host>/graphql. */
  wsUrl?: string;
  /**
   * The results the server rendered this page with (apps/web/src/server/render-page.tsx), so the
   * first render finds the same data and hydrates the server's HTML instead of fetching it again.
   * Each is used once: a later query goes to the network as usual.
   */
  initialState?: SSRData;
}

export function defaultWsUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * The session lives in an httpOnly cookie that the API sets on login/register:
 * this client never sees a token. Same-origin fetches and the same-origin
 * WebSocket both carry the cookie, so no auth headers or connectionParams.
 */
export function createGraphqlConnection(options: GraphqlConnectionOptions = {}): GraphqlConnection {
  // The WebSocket client loads with the first subscription (live updates), not with the first page.
  let ws: Promise<WsClient> | null = null;
  const reconnectListeners = new Set<() => void>();
  const wsClient = () =>
    (ws ??= import('graphql-ws').then(({ createClient: createWsClient }) => createWsClient({
      url: options.wsUrl ?? defaultWsUrl(),
      lazy: true,
      // Keep trying while a page is open (a restart, a train through a tunnel); live updates resume by themselves.
      retryAttempts: Infinity,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelay(retries))),
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) for (const listener of reconnectListeners) listener();
        },
      },
    })));

  const client = new Client({
    url: options.httpUrl ?? '/graphql',
    // Apollo's CSRF prevention refuses GET queries without a preflight header;
    // POST with content-type application/json is always accepted.
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [
      reconnectExchange((listener) => {
        reconnectListeners.add(listener);
        return () => reconnectListeners.delete(listener);
      }),
      cacheExchange,
      ...(options.initialState ? [ssrExchange({ isClient: true, initialState: options.initialState })] : []),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              let unsubscribe: (() => void) | null = null;
              let closed = false;
              wsClient().then(
                (client) => {
                  if (!closed) unsubscribe = client.subscribe(input, sink);
                },
                (error: unknown) => sink.error(error),
              );
              return {
                unsubscribe() {
                  closed = true;
                  unsubscribe?.();
                },
              };
            },
          };
        },
      }),
    ],
  });

  return {
    client,
    dispose() {
      const closing = ws;
      ws = null;
      void closing?.then((client) => client.dispose());
    },
  };
}
