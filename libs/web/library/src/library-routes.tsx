import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LazyPage } from '@community-hub/web-ui';

// Loaded when opened, so a first visit elsewhere does not download the library.
const LibraryPage = lazy(() => import('./library-page').then((m) => ({ default: m.LibraryPage })));
const DocumentPage = lazy(() => import('./document-page').then((m) => ({ default: m.DocumentPage })));

/** The network's Library tab, relative to /n/:slug. */
export const libraryTabRoutes: RouteObject[] = [{ path: 'library', element: <LazyPage><LibraryPage /></LazyPage> }];

/** A document's page: its title is the heading, so it sits outside the network's tabbed layout. */
export const libraryRoutes: RouteObject[] = [{ path: 'n/:slug/d/:documentId', element: <LazyPage><DocumentPage /></LazyPage> }];
