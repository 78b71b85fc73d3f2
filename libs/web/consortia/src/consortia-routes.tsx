import type { RouteObject } from 'react-router';
import { RequireSession } from '@community-hub/web-accounts';
import { ConsortiumAgreement } from './consortium-agreement';
import { ConsortiumLibrary } from './consortium-library';
import { ConsortiumOverview } from './consortium-overview';
import { ConsortiumPage } from './consortium-page';
import { ConsortiumThreads } from './consortium-threads';
import { InvitationsPage, MyConsortiaPage } from './invitations';
import { NewOpportunityPage } from './new-opportunity-page';
import { OpportunitiesBoardPage } from './opportunities-board-page';
import { OpportunityPage } from './opportunity-page';

/** Tabs inside the network layout (/n/:slug/...). */
export const opportunityTabRoutes: RouteObject[] = [
  { path: 'opportunities', element: <OpportunitiesBoardPage /> },
  { path: 'opportunities/new', element: <NewOpportunityPage /> },
];

/** Pages with their own heading, outside the network layout. */
export const consortiaRoutes: RouteObject[] = [
  { path: 'n/:slug/o/:opportunityId', element: <OpportunityPage /> },
  {
    path: 'n/:slug/c/:consortiumId',
    element: <ConsortiumPage />,
    children: [
      { index: true, element: <ConsortiumOverview /> },
      { path: 'agreement', element: <ConsortiumAgreement /> },
      { path: 'threads', element: <ConsortiumThreads /> },
      { path: 'library', element: <ConsortiumLibrary /> },
    ],
  },
  {
    path: 'consortia',
    element: (
      <RequireSession>
        <MyConsortiaPage />
      </RequireSession>
    ),
  },
  {
    path: 'consortia/invitations',
    element: (
      <RequireSession>
        <InvitationsPage />
      </RequireSession>
    ),
  },
];
