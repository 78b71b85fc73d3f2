import type { ReactNode } from 'react';
import { RouterProvider } from 'react-router';
import type { createBrowserRouter } from 'react-router';
import { SessionProvider } from '@community-hub/web-accounts';
import { GraphqlProvider, type GraphqlConnection } from '@community-hub/web-graphql';
import { SiteOriginProvider } from '@community-hub/web-ui';

export interface AppProps {
  router: ReturnType<typeof createBrowserRouter>;
  /** Tests pass a fake client; the browser gets a real one. */
  connect?: () => GraphqlConnection;
}

/** Providers, outermost first: GraphQL client, session, then the routes. */
export function App({ router, connect }: AppProps) {
  return (
    <AppProviders connect={connect}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}

/**
 * The providers every page sits in; the server renders a page inside the same ones (server/render-page.tsx),
 * giving the site's origin that the browser knows by itself.
 */
export function AppProviders({ connect, origin, children }: { connect?: () => GraphqlConnection; origin?: string; children: ReactNode }) {
  return (
    <SiteOriginProvider origin={origin}>
      <GraphqlProvider connect={connect}>
        <SessionProvider>{children}</SessionProvider>
      </GraphqlProvider>
    </SiteOriginProvider>
  );
}
