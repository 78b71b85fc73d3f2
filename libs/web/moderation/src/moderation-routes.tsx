import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LazyPage } from '@community-hub/web-ui';

const QueuePage = lazy(() => import('./moderation-queue-page').then((m) => ({ default: m.ModerationQueuePage })));
const AuditPage = lazy(() => import('./audit-log-page').then((m) => ({ default: m.AuditLogPage })));

/** A network's moderation queue and audit log (coordinators; the API refuses everyone else). */
export const moderationRoutes: RouteObject[] = [
  { path: 'n/:slug/moderation', element: <LazyPage><QueuePage /></LazyPage> },
  { path: 'n/:slug/moderation/audit', element: <LazyPage><AuditPage /></LazyPage> },
];
