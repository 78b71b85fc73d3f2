import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { SessionProvider } from '@community-hub/web-accounts';
import { GraphqlProvider } from '@community-hub/web-graphql';
import type { MockClient } from './mock-client';

export interface RenderOptions {
  mock: MockClient;
  /** Where the router starts. */
  path?: string;
}

export interface RenderedRoutes extends RenderResult {
  router: ReturnType<typeof createMemoryRouter>;
}

/** Renders routes inside the same providers the app uses, on a fake GraphQL client. */
export function renderRoutes(routes: RouteObject[], { mock, path = '/' }: RenderOptions): RenderedRoutes {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <GraphqlProvider connect={mock.connect}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </GraphqlProvider>,
  );
  return { ...result, router };
}

/** One page at one path; other paths render their path so navigation can be checked. */
export function renderPage(element: ReactNode, options: RenderOptions & { route?: string }): RenderedRoutes {
  return renderRoutes(
    [
      { path: options.route ?? '/', element },
      { path: '*', element: <LocationProbe /> },
    ],
    options,
  );
}

function LocationProbe() {
  return <p data-testid="location">{useLocation().pathname}</p>;
}
