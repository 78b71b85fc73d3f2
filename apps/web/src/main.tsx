import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@community-hub/web-ui/styles.css';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { registerServiceWorker } from './service-worker/register';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <App router={createAppRouter()} />
  </StrictMode>,
);

if (import.meta.env.PROD) registerServiceWorker();
