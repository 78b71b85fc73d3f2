import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '@community-hub/web-ui';

// GraphiQL is large: it loads only when someone opens /explorer.
const ExplorerPage = lazy(() => import('./explorer-page'));

/** /explorer: GraphiQL against this server's API. */
export const explorerRoutes: RouteObject[] = [
  {
    path: 'explorer',
    element: (
      <Suspense fallback={<Loading label="Loading the explorer…" />}>
        <ExplorerPage />
      </Suspense>
    ),
  },
];
