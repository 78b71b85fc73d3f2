import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LazyPage } from '@community-hub/web-ui';

// Events (with luxon for UK time) load when someone opens them, keeping the first download small.
const pages = () => import('./events-pages');
const EventsPage = lazy(() => pages().then((m) => ({ default: m.EventsPage })));
const NewEventPage = lazy(() => pages().then((m) => ({ default: m.NewEventPage })));
const EventPage = lazy(() => pages().then((m) => ({ default: m.EventPage })));
const EditEventPage = lazy(() => pages().then((m) => ({ default: m.EditEventPage })));

/** The network's Events tab and the new-event form, relative to /n/:slug. */
export const eventsTabRoutes: RouteObject[] = [
  { path: 'events', element: <LazyPage><EventsPage /></LazyPage> },
  { path: 'events/new', element: <LazyPage><NewEventPage /></LazyPage> },
];

/** An event and its edit form. The API's iCalendar feed links to /n/<slug>/e/<id>: keep that path. */
export const eventsRoutes: RouteObject[] = [
  { path: 'n/:slug/e/:eventId', element: <LazyPage><EventPage /></LazyPage> },
  { path: 'n/:slug/e/:eventId/edit', element: <LazyPage><EditEventPage /></LazyPage> },
];
