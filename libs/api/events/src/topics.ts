/** Event-bus topics of the events domain. Payloads carry ids only. */
export const EVENT_ADDED = 'events.event-added';
/** An event changed: edited, cancelled, or its answers (the going count) moved. */
export const EVENT_UPDATED = 'events.event-updated';
/** Someone moved from the waitlist to GOING: { eventId, networkId, userId }. */
export const RSVP_PROMOTED = 'events.rsvp-promoted';
/** An event was edited or cancelled by its organiser: { eventId, networkId, change: UPDATED | CANCELLED, actorId }. */
export const EVENT_CHANGED = 'events.event-changed';
