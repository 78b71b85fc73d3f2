import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { SSRData } from 'urql';
import '@community-hub/web-ui/styles.css';
import { createGraphqlConnection } from '@community-hub/web-graphql';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { SERVER_DATA_ID } from './server/server-data';
import { registerServiceWorker } from './service-worker/register';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

// A page the server rendered (apps/web/src/server/render-page.tsx) carries the query results it was
// rendered with; the first render uses them, so React takes over the server's HTML as it is.
const serverData = document.getElementById(SERVER_DATA_ID);
if (serverData?.textContent) {
  let initialState: SSRData | undefined = JSON.parse(serverData.textContent) as SSRData;
  // Only the first client gets them: a client made after signing in or out starts empty.
  const connect = () => {
    const connection = createGraphqlConnection({ initialState });
    initialState = undefined;
    return connection;
  };
  hydrateRoot(
    root,
    <StrictMode>
      <App router={createAppRouter()} connect={connect} />
    </StrictMode>,
  );
} else {
  createRoot(root).render(
    <StrictMode>
      <App router={createAppRouter()} />
    </StrictMode>,
  );
}

if (import.meta.env.PROD) registerServiceWorker();
