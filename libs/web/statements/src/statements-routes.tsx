import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LazyPage } from '@community-hub/web-ui';

// Loaded when opened (the footer's links and the terms interstitial stay in the first page).
const StatementPage = lazy(() => import('./statement-page').then((m) => ({ default: m.StatementPage })));

/** /accessibility, /privacy and /terms (API-CONTRACT.md, "Web addresses"). */
export const statementsRoutes: RouteObject[] = [
  { path: 'accessibility', element: <LazyPage><StatementPage kind="ACCESSIBILITY" /></LazyPage> },
  { path: 'privacy', element: <LazyPage><StatementPage kind="PRIVACY" /></LazyPage> },
  { path: 'terms', element: <LazyPage><StatementPage kind="TERMS" /></LazyPage> },
];
