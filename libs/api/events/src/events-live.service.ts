import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Caller, type RequestContext } from '@community-hub/api-common';
import { SpaceAccessService, SpacePermission } from '@community-hub/api-access';
import { LiveDelivery } from '@community-hub/api-pubsub';
import { EventEntity } from './entities/event.entity';
import { EventsService } from './events.service';
import { Event } from './models/event.model';
import { EVENT_ADDED, EVENT_UPDATED } from './topics';

/**
 * Live calendar: new events in a network, and changes to one event (edits,
 * cancellation, the "19 / 50 going" count). The subscriber's right to see the
 * event is checked when subscribing and for every delivery (the same query as
 * reading it), so a members-only event never reaches someone who is not an
 * active member; the event is loaded once per delivery (see LiveDelivery).
 */
@Injectable()
export class EventsLiveService {
  constructor(
    private readonly live: LiveDelivery,
    private readonly access: SpaceAccessService,
    private readonly events: EventsService,
    @InjectRepository(EventEntity) private readonly rows: Repository<EventEntity>,
  ) {}

  async watchNetwork(caller: Caller | null, networkId: string, context?: RequestContext): Promise<AsyncIterableIterator<{ eventAdded: Event }>> {
    await this.access.require(caller, SpacePermission.READ, networkId);
    return this.live.subscribe({
      topic: EVENT_ADDED,
      only: (message) => message.networkId === networkId,
      subscriber: caller?.userId ?? 'anonymous',
      load: { key: 'event', run: (message) => this.rows.findOneBy({ id: String(message.eventId) }) },
      mayReceive: { key: 'see-event', check: (event) => this.maySee(caller, event.id) },
      deliver: (event) => ({ eventAdded: Event.from(event) }),
      context,
    });
  }

  async watchEvent(caller: Caller | null, eventId: string, context?: RequestContext): Promise<AsyncIterableIterator<{ eventUpdated: Event }>> {
    await this.events.requireEvent(caller, eventId);
    return this.live.subscribe({
      topic: EVENT_UPDATED,
      only: (message) => message.eventId === eventId,
      subscriber: caller?.userId ?? 'anonymous',
      load: { key: 'event', run: () => this.rows.findOneBy({ id: eventId }) },
      mayReceive: { key: 'see-event', check: () => this.maySee(caller, eventId) },
      deliver: (event) => ({ eventUpdated: Event.from(event) }),
      context,
    });
  }

  private async maySee(caller: Caller | null, eventId: string): Promise<boolean> {
    return (await this.events.findEvent(caller, eventId)) !== null;
  }
}
