import './networks.css';
import './network-admin.css';

export { NetworkDirectoryPage, groupByArea } from './network-directory-page';
export { NetworkLayout } from './network-layout';
export { NetworkOverviewPage } from './network-overview-page';
export { MyMemberships } from './my-memberships';
export { MyOrganisations, CreateOrganisationForm } from './my-organisations';
export { MembershipPanel } from './membership-panel';
export { JoinRequests } from './join-requests';
export { OrganisationCard } from './organisation-card';
export { canCoordinate, KIND_LABELS, MY_STATUS_TEXT, ROLE_LABELS, STATUS_LABELS } from './labels';
export * from './networks.documents';
export { useNetworkContext, type NetworkDetails, type NetworkOutletContext } from './network-context';
export { networkAdminRoutes, networkRoutes, type NetworkRoutesOptions } from './networks-routes';
