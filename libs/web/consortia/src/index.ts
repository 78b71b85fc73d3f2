export { opportunityTabRoutes, consortiaRoutes } from './consortia-routes';
export { ExpressInterestForm, type ExpressInterestFormProps } from './express-interest-form';
export { FormConsortiumForm } from './form-consortium-form';
export { DeadlineReminders } from './deadline-reminders';
export { useConsortiumContext, type ConsortiumOutletContext, type ConsortiumDetails } from './consortium-context';
export * from './consortia-shared';
export * from './consortia.documents';
