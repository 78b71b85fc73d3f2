import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LazyPage } from '@community-hub/web-ui';

// Loaded when opened (the header's search box stays in the first page).
const SearchPage = lazy(() => import('./search-page').then((m) => ({ default: m.SearchPage })));

/** /search?q=... */
export const searchRoutes: RouteObject[] = [{ path: 'search', element: <LazyPage><SearchPage /></LazyPage> }];
