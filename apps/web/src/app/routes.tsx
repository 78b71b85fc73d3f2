import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { ProfilePage, RequireSession, SignInPage, SignUpPage } from '@community-hub/web-accounts';
import {
  MyMemberships,
  MyOrganisations,
  NetworkDirectoryPage,
  NetworkLayout,
  NetworkMembersPage,
  NetworkOrganisationsPage,
  NetworkOverviewPage,
} from '@community-hub/web-networks';
import { LatestDiscussions, ThreadListPage, ThreadPage } from '@community-hub/web-forum';
import { DocumentPage, LibraryPage } from '@community-hub/web-library';
import { SearchPage } from '@community-hub/web-search';
import { consortiaRoutes, opportunityTabRoutes } from '@community-hub/web-consortia';
import { notificationsRoutes } from '@community-hub/web-notifications';
import { Loading } from '@community-hub/web-ui';
import { AppLayout } from './app-layout';
import { NotFoundPage, RouteErrorPage } from './not-found-page';

// GraphiQL is large: it loads only when someone opens /explorer.
const ExplorerPage = lazy(() => import('@community-hub/web-explorer'));
// Events (with luxon for UK time) load when someone opens them, keeping the first download small.
const events = () => import('@community-hub/web-events');
const EventsPage = lazy(() => events().then((m) => ({ default: m.EventsPage })));
const NewEventPage = lazy(() => events().then((m) => ({ default: m.NewEventPage })));
const EventPage = lazy(() => events().then((m) => ({ default: m.EventPage })));
const EditEventPage = lazy(() => events().then((m) => ({ default: m.EditEventPage })));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <NetworkDirectoryPage /> },
      { path: 'signin', element: <SignInPage /> },
      { path: 'signup', element: <SignUpPage /> },
      {
        path: 'me',
        element: (
          <RequireSession>
            <ProfilePage>
              <MyMemberships />
              <MyOrganisations />
            </ProfilePage>
          </RequireSession>
        ),
      },
      {
        path: 'n/:slug',
        element: <NetworkLayout />,
        children: [
          {
            index: true,
            element: (
              <NetworkOverviewPage>
                <LatestDiscussions />
              </NetworkOverviewPage>
            ),
          },
          { path: 'threads', element: <ThreadListPage /> },
          { path: 'members', element: <NetworkMembersPage /> },
          { path: 'organisations', element: <NetworkOrganisationsPage /> },
          { path: 'library', element: <LibraryPage /> },
          ...opportunityTabRoutes,
          { path: 'events', element: <Lazy><EventsPage /></Lazy> },
          { path: 'events/new', element: <Lazy><NewEventPage /></Lazy> },
        ],
      },
      // A thread has its own heading (its title), so it sits outside the network's tabbed layout.
      { path: 'n/:slug/t/:threadId', element: <ThreadPage /> },
      // Likewise a document (its title is the heading).
      { path: 'n/:slug/d/:documentId', element: <DocumentPage /> },
      { path: 'search', element: <SearchPage /> },
      // Opportunities, consortia (with their private workspace tabs) and the invitation inbox.
      ...consortiaRoutes,
      // And an event. The API's iCalendar feed links to /n/<slug>/e/<id>: keep that path.
      { path: 'n/:slug/e/:eventId', element: <Lazy><EventPage /></Lazy> },
      { path: 'n/:slug/e/:eventId/edit', element: <Lazy><EditEventPage /></Lazy> },
      // The notifications list and email settings (signed-in people only).
      ...notificationsRoutes,
      {
        path: 'explorer',
        element: (
          <Suspense fallback={<Loading label="Loading the explorer…" />}>
            <ExplorerPage />
          </Suspense>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
