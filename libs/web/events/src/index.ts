// Only the routes here: the pages (and luxon) stay out of the first download and load
// when someone opens an event page. Everything the pages share is in ./events-pages.
export { eventsRoutes, eventsTabRoutes } from './events-routes';
