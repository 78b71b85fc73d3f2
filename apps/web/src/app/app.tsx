import { RouterProvider } from 'react-router';
import type { createBrowserRouter } from 'react-router';
import { SessionProvider } from '@community-hub/web-accounts';
import { GraphqlProvider, type GraphqlConnection } from '@community-hub/web-graphql';

export interface AppProps {
  router: ReturnType<typeof createBrowserRouter>;
  /** Tests pass a fake client; the browser gets a real one. */
  connect?: () => GraphqlConnection;
}

/** Providers, outermost first: GraphQL client, session, then the routes. */
export function App({ router, connect }: AppProps) {
  return (
    <GraphqlProvider connect={connect}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </GraphqlProvider>
  );
}
