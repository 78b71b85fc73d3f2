import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { createGraphqlConnection, type GraphqlConnection } from './client';

interface ClientControls {
  /**
   * Drops the cache and the WebSocket and starts afresh, so nothing fetched for
   * the previous session survives a sign-in or sign-out. Returns the new client.
   */
  resetClient(): Client;
}

const ClientControlsContext = createContext<ClientControls | null>(null);

export interface GraphqlProviderProps {
  /** Makes a connection; tests pass one that returns a fake client. */
  connect?: () => GraphqlConnection;
  children: ReactNode;
}

export function GraphqlProvider({ connect = createGraphqlConnection, children }: GraphqlProviderProps) {
  const [connection, setConnection] = useState(connect);
  const current = useRef(connection);
  current.current = connection;

  useEffect(() => () => current.current.dispose(), []);

  const resetClient = useCallback(() => {
    const previous = current.current;
    const next = connect();
    current.current = next;
    setConnection(next);
    previous.dispose();
    return next.client;
  }, [connect]);

  const controls = useMemo(() => ({ resetClient }), [resetClient]);
  return (
    <ClientControlsContext.Provider value={controls}>
      <Provider value={connection.client}>{children}</Provider>
    </ClientControlsContext.Provider>
  );
}

export function useClientControls(): ClientControls {
  const controls = useContext(ClientControlsContext);
  if (!controls) throw new Error('useClientControls must be used inside <GraphqlProvider>');
  return controls;
}
