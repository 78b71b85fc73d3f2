import { render, type RenderResult } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation, type RouteObject } from 'react-router';
import { Provider } from 'urql';
import type { MockClient } from './mock-client';

export interface RenderOptions {
  mock: MockClient;
  /** Where the router starts. */
  path?: string;
  /**
   * The app's providers around the router, e.g. a component rendering
   * <GraphqlProvider connect={mock.connect}><SessionProvider>{children}</SessionProvider></GraphqlProvider>.
   * This helper stays free of domain libraries so any of them can use it.
   * Without it, only urql's Provider is given.
   */
  providers?: ComponentType<{ mock: MockClient; children: ReactNode }>;
}

export interface RenderedRoutes extends RenderResult {
  router: ReturnType<typeof createMemoryRouter>;
}

function UrqlOnly({ mock, children }: { mock: MockClient; children: ReactNode }) {
  return <Provider value={mock.client}>{children}</Provider>;
}

/** Renders routes inside the given providers, on a fake GraphQL client. */
export function renderRoutes(routes: RouteObject[], { mock, path = '/', providers: Providers = UrqlOnly }: RenderOptions): RenderedRoutes {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <Providers mock={mock}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router };
}

/** One page at one path; other paths show their path (data-testid="location") so navigation can be checked. */
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
