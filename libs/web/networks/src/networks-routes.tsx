import { lazy, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { LazyPage } from '@community-hub/web-ui';
import { NetworkLayout } from './network-layout';
import { NetworkOverviewPage } from './network-overview-page';

// Pages for coordinators and admins (and the invitation link): loaded when opened, so the first download stays small.
const AcceptInvitationPage = lazy(() => import('./accept-invitation-page').then((m) => ({ default: m.AcceptInvitationPage })));
const NetworkInvitationsPage = lazy(() => import('./network-invitations-page').then((m) => ({ default: m.NetworkInvitationsPage })));
const NetworkReportPage = lazy(() => import('./network-report-page').then((m) => ({ default: m.NetworkReportPage })));
const NetworkSettingsPage = lazy(() => import('./network-settings-page').then((m) => ({ default: m.NetworkSettingsPage })));
const NetworkMembersPage = lazy(() => import('./network-members-page').then((m) => ({ default: m.NetworkMembersPage })));
const NetworkOrganisationsPage = lazy(() => import('./network-organisations-page').then((m) => ({ default: m.NetworkOrganisationsPage })));
const PlatformAdminPage = lazy(() => import('./platform-admin-page').then((m) => ({ default: m.PlatformAdminPage })));

export interface NetworkRoutesOptions {
  /** Shown on the network's home page under its description (e.g. the latest discussions). */
  home?: ReactNode;
  /** Other domains' tabs inside the network layout, relative to /n/:slug (e.g. `threads`, `library`). */
  tabs?: RouteObject[];
}

/** /n/:slug and its tabs: the home page, members and organisations, plus the tabs other domains bring. */
export function networkRoutes({ home, tabs = [] }: NetworkRoutesOptions = {}): RouteObject[] {
  return [
    {
      path: 'n/:slug',
      element: <NetworkLayout />,
      children: [
        { index: true, element: <NetworkOverviewPage>{home}</NetworkOverviewPage> },
        { path: 'members', element: <LazyPage><NetworkMembersPage /></LazyPage> },
        { path: 'organisations', element: <LazyPage><NetworkOrganisationsPage /></LazyPage> },
        { path: 'settings', element: <LazyPage><NetworkSettingsPage /></LazyPage> },
        { path: 'invitations', element: <LazyPage><NetworkInvitationsPage /></LazyPage> },
        { path: 'report', element: <LazyPage><NetworkReportPage /></LazyPage> },
        ...tabs,
      ],
    },
  ];
}

/** /invitations/accept (the link in an invitation email) and /admin (platform admins). */
export const networkAdminRoutes: RouteObject[] = [
  { path: 'invitations/accept', element: <LazyPage><AcceptInvitationPage /></LazyPage> },
  { path: 'admin', element: <LazyPage><PlatformAdminPage /></LazyPage> },
];
