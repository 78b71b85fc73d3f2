export { StatementLinks } from './statement-links';
export { TermsCheckbox, TermsGate, TERMS_NOT_TICKED, useAcceptCurrentTerms, type TermsCheckboxProps } from './terms-acceptance';
export { statementsRoutes } from './statements-routes';
export * from './statements.documents';
