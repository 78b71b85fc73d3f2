import type { RouteObject } from 'react-router';
import { accountsRoutes, profileRoutes } from '@community-hub/web-accounts';
import { MyMemberships, MyOrganisations, networkAdminRoutes, networkRoutes } from '@community-hub/web-networks';
import { homeRoutes } from '@community-hub/web-home';
import { forumRoutes, forumTabRoutes, LatestDiscussions } from '@community-hub/web-forum';
import { libraryRoutes, libraryTabRoutes } from '@community-hub/web-library';
import { searchRoutes } from '@community-hub/web-search';
import { consortiaRoutes, opportunityTabRoutes } from '@community-hub/web-consortia';
import { eventsRoutes, eventsTabRoutes } from '@community-hub/web-events';
import { EmailDeliveryNotice, NetworkEmailPanel, notificationsRoutes } from '@community-hub/web-notifications';
import { explorerRoutes } from '@community-hub/web-explorer';
import { moderationRoutes, MyBlocks } from '@community-hub/web-moderation';
import { statementsRoutes } from '@community-hub/web-statements';
import { AppLayout } from './app-layout';
import { NotFoundPage, RouteErrorPage } from './not-found-page';

// Each domain brings its own routes; the app only composes them. The addresses people bookmark
// (API-CONTRACT.md, "Web addresses") are defined there and must not change.
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      // The signed-in home (or the directory of networks for visitors).
      ...homeRoutes,
      ...accountsRoutes,
      ...profileRoutes(
        <>
          <MyMemberships />
          <MyOrganisations />
          <EmailDeliveryNotice />
          <MyBlocks />
        </>,
      ),
      ...networkRoutes({
        home: (
          <>
            <LatestDiscussions />
            <NetworkEmailPanel />
          </>
        ),
        tabs: [...forumTabRoutes, ...libraryTabRoutes, ...opportunityTabRoutes, ...eventsTabRoutes],
      }),
      ...forumRoutes,
      ...libraryRoutes,
      ...searchRoutes,
      // Opportunities, consortia (with their private workspace tabs) and the invitation inbox.
      ...consortiaRoutes,
      ...eventsRoutes,
      // The notifications list and email settings (signed-in people only).
      ...notificationsRoutes,
      ...explorerRoutes,
      // Invitation links and the platform admin page.
      ...networkAdminRoutes,
      // The moderation queue and audit log of a network (coordinators).
      ...moderationRoutes,
      // /accessibility, /privacy and /terms.
      ...statementsRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
