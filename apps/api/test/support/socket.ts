import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface SocketAnswer {
  /** The last `next` payload, when the operation ran. */
  data?: any;
  /** GraphQL errors: the `error` message, or those of a result. */
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  /** When the server closed the socket instead: its close code. */
  closeCode?: number;
}

/**
 * Runs one operation over graphql-transport-ws (a fresh socket each time, as a hostile client
 * would), with the upgrade's headers (Origin, Cookie) and connectionParams as given.
 */
export async function overSocket(
  baseUrl: string,
  operation: { query: string; variables?: Record<string, unknown> },
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<SocketAnswer> {
  const headers = options.headers ?? {};
  const client = createClient({
    url: `${baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
  try {
    return await new Promise<SocketAnswer>((resolve) => {
      let answer: SocketAnswer = {};
      client.subscribe(
        { query: operation.query, variables: operation.variables ?? {} },
        {
          next: (value) => (answer = { data: value.data, errors: value.errors as SocketAnswer['errors'] }),
          error: (error) => {
            if (Array.isArray(error)) resolve({ errors: error });
            else resolve({ closeCode: (error as { code?: number }).code });
          },
          complete: () => resolve(answer),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}
