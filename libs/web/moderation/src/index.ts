export { moderationRoutes } from './moderation-routes';
export { ReportButton, type ReportButtonProps } from './report-button';
export { BlockedContent } from './blocked-content';
// Only profile pages (loaded when opened) show them: loaded on first use, so the first page does not carry them.
export { BlockButton, MyBlocks } from './lazy-parts';
