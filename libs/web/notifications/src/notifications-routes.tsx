import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSession } from '@community-hub/web-accounts';
import { LazyPage } from '@community-hub/web-ui';

// Loaded when opened (the header's bell stays in the first page).
const NotificationsPage = lazy(() => import('./notifications-page').then((m) => ({ default: m.NotificationsPage })));
const NotificationSettingsPage = lazy(() => import('./notification-settings-page').then((m) => ({ default: m.NotificationSettingsPage })));

/** /notifications and /settings/notifications, for signed-in people only. */
export const notificationsRoutes: RouteObject[] = [
  {
    path: 'notifications',
    element: (
      <RequireSession>
        <LazyPage>
          <NotificationsPage />
        </LazyPage>
      </RequireSession>
    ),
  },
  {
    path: 'settings/notifications',
    element: (
      <RequireSession>
        <LazyPage>
          <NotificationSettingsPage />
        </LazyPage>
      </RequireSession>
    ),
  },
];
