import { Injectable } from '@nestjs/common';
import { type Caller, type RequestContext } from '@community-hub/api-common';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-networks';
import { type BusMessage, EventBus, mapAsyncIterator } from '@community-hub/api-pubsub';
import { EventsService } from './events.service';
import { Event } from './models/event.model';
import { EVENT_ADDED, EVENT_UPDATED } from './topics';

type Payload = BusMessage['payload'];

/**
 * Live calendar: new events in a network, and changes to one event (edits,
 * cancellation, the "19 / 50 going" count). The subscriber's right to see the
 * event is checked when subscribing and for every delivery, so a members-only
 * event never reaches someone who is not an active member.
 */
@Injectable()
export class EventsLiveService {
  constructor(
    private readonly bus: EventBus,
    private readonly access: SpaceAccessService,
    private readonly events: EventsService,
  ) {}

  async watchNetwork(caller: Caller | null, networkId: string, context?: RequestContext): Promise<AsyncIterableIterator<{ eventAdded: Event }>> {
    await this.access.require(caller, SpacePermission.READ, networkId);
    return mapAsyncIterator(this.bus.subscribe(EVENT_ADDED, (message) => message.networkId === networkId), async (message: Payload) => {
      if (message.networkId !== networkId) return undefined;
      context?.loaders.clear();
      const event = await this.events.findEvent(caller, String(message.eventId));
      return event ? { eventAdded: Event.from(event) } : undefined;
    });
  }

  async watchEvent(caller: Caller | null, eventId: string, context?: RequestContext): Promise<AsyncIterableIterator<{ eventUpdated: Event }>> {
    await this.events.requireEvent(caller, eventId);
    return mapAsyncIterator(this.bus.subscribe(EVENT_UPDATED, (message) => message.eventId === eventId), async (message: Payload) => {
      if (message.eventId !== eventId) return undefined;
      context?.loaders.clear();
      const event = await this.events.findEvent(caller, eventId);
      return event ? { eventUpdated: Event.from(event) } : undefined;
    });
  }
}
