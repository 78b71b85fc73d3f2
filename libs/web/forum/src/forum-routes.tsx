import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LazyPage } from '@community-hub/web-ui';

// Loaded when opened, so a first visit elsewhere does not download the forum.
const ThreadListPage = lazy(() => import('./thread-list-page').then((m) => ({ default: m.ThreadListPage })));
const ThreadPage = lazy(() => import('./thread-page').then((m) => ({ default: m.ThreadPage })));

/** The network's Discussions tab, relative to /n/:slug. */
export const forumTabRoutes: RouteObject[] = [{ path: 'threads', element: <LazyPage><ThreadListPage /></LazyPage> }];

/** A thread has its own heading (its title), so it sits outside the network's tabbed layout. */
export const forumRoutes: RouteObject[] = [{ path: 'n/:slug/t/:threadId', element: <LazyPage><ThreadPage /></LazyPage> }];
