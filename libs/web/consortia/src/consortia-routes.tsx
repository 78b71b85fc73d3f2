import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireSession } from '@community-hub/web-accounts';
import { LazyPage } from '@community-hub/web-ui';

// Opportunities and consortia load when opened, so a first visit elsewhere does not download them.
const consortium = () => import('./consortium-pages');
const ConsortiumAgreement = lazy(() => consortium().then((m) => ({ default: m.ConsortiumAgreement })));
const ConsortiumLibrary = lazy(() => consortium().then((m) => ({ default: m.ConsortiumLibrary })));
const ConsortiumOverview = lazy(() => consortium().then((m) => ({ default: m.ConsortiumOverview })));
const ConsortiumPage = lazy(() => consortium().then((m) => ({ default: m.ConsortiumPage })));
const ConsortiumThreads = lazy(() => consortium().then((m) => ({ default: m.ConsortiumThreads })));
const InvitationsPage = lazy(() => import('./invitations').then((m) => ({ default: m.InvitationsPage })));
const MyConsortiaPage = lazy(() => import('./invitations').then((m) => ({ default: m.MyConsortiaPage })));
const NewOpportunityPage = lazy(() => import('./new-opportunity-page').then((m) => ({ default: m.NewOpportunityPage })));
const OpportunitiesBoardPage = lazy(() => import('./opportunities-board-page').then((m) => ({ default: m.OpportunitiesBoardPage })));
const OpportunityPage = lazy(() => import('./opportunity-page').then((m) => ({ default: m.OpportunityPage })));

/** Tabs inside the network layout (/n/:slug/...). */
export const opportunityTabRoutes: RouteObject[] = [
  { path: 'opportunities', element: <LazyPage><OpportunitiesBoardPage /></LazyPage> },
  { path: 'opportunities/new', element: <LazyPage><NewOpportunityPage /></LazyPage> },
];

/** Pages with their own heading, outside the network layout. */
export const consortiaRoutes: RouteObject[] = [
  { path: 'n/:slug/o/:opportunityId', element: <LazyPage><OpportunityPage /></LazyPage> },
  {
    path: 'n/:slug/c/:consortiumId',
    element: <LazyPage><ConsortiumPage /></LazyPage>,
    children: [
      { index: true, element: <LazyPage><ConsortiumOverview /></LazyPage> },
      { path: 'agreement', element: <LazyPage><ConsortiumAgreement /></LazyPage> },
      { path: 'threads', element: <LazyPage><ConsortiumThreads /></LazyPage> },
      { path: 'library', element: <LazyPage><ConsortiumLibrary /></LazyPage> },
    ],
  },
  {
    path: 'consortia',
    element: (
      <RequireSession>
        <LazyPage>
          <MyConsortiaPage />
        </LazyPage>
      </RequireSession>
    ),
  },
  {
    path: 'consortia/invitations',
    element: (
      <RequireSession>
        <LazyPage>
          <InvitationsPage />
        </LazyPage>
      </RequireSession>
    ),
  },
];
