// Test helpers only: never import this from application code.
export { createMockClient, apiError, type FakeCall, type FakeHandler, type FakeResponse, type MockClient } from './mock-client';
export { renderPage, renderRoutes, type RenderOptions, type RenderedRoutes } from './render';
export { axeViolations } from './axe';
export { anonymous, membersPage, network, signedInAs, type NetworkFixture } from './fixtures';
export { statement, termsStatus } from './statements-fixtures';
export { post, postsPage, threadDetails, threadSummary, threadsPage, type PostFixture, type ThreadFixture } from './forum-fixtures';
export {
  documentsPage,
  FakeXhr,
  folder,
  libraryDocument,
  libraryVersion,
  type DocumentFixture,
  type VersionFixture,
} from './library-fixtures';
export { searchCounts, searchHit, type SearchHitFixture, type SearchKindFixture } from './search-fixtures';
export {
  consortiumDetails,
  consortiumMember,
  opportunitiesPage,
  opportunityDetails,
  opportunitySummary,
  representedOrganisations,
  type ConsortiumFixture,
  type ConsortiumMemberFixture,
  type OpportunityFixture,
} from './consortia-fixtures';
export { eventDetails, eventsPage, rsvpRow, type EventFixture } from './event-fixtures';
export {
  notification,
  notificationsPage,
  quietNotifications,
  type NotificationFixture,
  type NotificationKindFixture,
} from './notifications-fixtures';
