// A consortium's page and its sections: one chunk, loaded when a consortium is opened.
export { ConsortiumPage } from './consortium-page';
export { ConsortiumOverview } from './consortium-overview';
export { ConsortiumAgreement } from './consortium-agreement';
export { ConsortiumThreads } from './consortium-threads';
export { ConsortiumLibrary } from './consortium-library';
