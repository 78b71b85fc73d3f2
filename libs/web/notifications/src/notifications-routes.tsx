import type { RouteObject } from 'react-router';
import { RequireSession } from '@community-hub/web-accounts';
import { NotificationSettingsPage } from './notification-settings-page';
import { NotificationsPage } from './notifications-page';

/** /notifications and /settings/notifications, for signed-in people only. */
export const notificationsRoutes: RouteObject[] = [
  {
    path: 'notifications',
    element: (
      <RequireSession>
        <NotificationsPage />
      </RequireSession>
    ),
  },
  {
    path: 'settings/notifications',
    element: (
      <RequireSession>
        <NotificationSettingsPage />
      </RequireSession>
    ),
  },
];
