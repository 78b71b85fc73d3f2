/** Event-bus topics of the events domain. Payloads carry ids only. */
export const EVENT_ADDED = 'events.event-added';
/** An event changed: edited, cancelled, or its answers (the going count) moved. */
export const EVENT_UPDATED = 'events.event-updated';
