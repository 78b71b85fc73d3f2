import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { cacheExchange, Client, fetchExchange, ssrExchange } from 'urql';
import { AppProviders } from '../app/app';
import { routes } from '../app/routes';
import { serverDataScript } from './server-data';

// The API (apps/api/src/http/server-render.ts) renders a page's HTML with this bundle
// (tools/build.mjs builds it into dist/web-server), so the page shows before its scripts have run;
// the browser's React then takes it over (main.tsx, hydrateRoot).

export interface PageRequest {
  /** The page's path and query, e.g. "/n/crewe/t/<id>?x=1". */
  path: string;
  /** The site's origin as the visitor sees it, e.g. "https://hub.example.org". */
  origin: string;
  /** The API's own GraphQL endpoint, e.g. "http://127.0.0.1:3000/graphql". */
  graphqlUrl: string;
  /** Sent with each query: the visitor's user agent and language (never a session: only anonymous visits are rendered). */
  headers: Record<string, string>;
  /** Ends the render (and its queries) when the server stops waiting. */
  signal: AbortSignal;
}

export interface RenderedPage {
  /** What goes inside `<div id="root">`. */
  html: string;
  /** The query results, as the JSON data block that goes after the root. */
  dataScript: string;
}

/**
 * Renders one page as an anonymous visitor would see it once its data has come: every query goes
 * to the API over HTTP without a session, so the API's access rules decide what is in it, exactly
 * as for a browser that is not signed in. Throws if any part of the page failed to render (the server then
 * sends the page without content, for the browser to render).
 */
export async function renderPage(request: PageRequest): Promise<RenderedPage> {
  const ssr = ssrExchange({ isClient: false });
  const client = new Client({
    url: request.graphqlUrl,
    // Each query suspends the render until its result is in, so the HTML holds the data.
    suspense: true,
    preferGetMethod: false,
    fetchOptions: { headers: request.headers, signal: request.signal },
    exchanges: [cacheExchange, ssr, fetchExchange],
  });
  const router = createMemoryRouter(routes, { initialEntries: [request.path] });
  const failures: unknown[] = [];
  try {
    // The same tree as the browser's (main.tsx): the same providers and RouterProvider, so React can hydrate it.
    const { prelude } = await prerender(
      <StrictMode>
        <AppProviders connect={() => ({ client, dispose() {} })} origin={request.origin}>
          <RouterProvider router={router} />
        </AppProviders>
      </StrictMode>,
      {
        signal: request.signal,
        onError: (error) => void failures.push(error),
        // Every part in its place: React would otherwise move a large part to the end of the page with an
        // inline script to put it back, which our Content-Security-Policy (script-src 'self') rightly blocks.
        progressiveChunkSize: Number.POSITIVE_INFINITY,
      },
    );
    const html = await new Response(prelude).text();
    if (failures.length) throw failures[0];
    if (html.includes('<script')) throw new Error('The rendered page holds an inline script, which the browser would refuse');
    return { html, dataScript: serverDataScript(JSON.stringify(ssr.extractData())) };
  } finally {
    router.dispose();
  }
}
