import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@community-hub/api-common';
import { EventStatus, EventVisibility } from '../entities/event-details';
import type { EventEntity } from '../entities/event.entity';
import type { EventSeriesEntity } from '../entities/event-series.entity';
import { RsvpStatus } from '../entities/event-rsvp.entity';
import type { EventRsvpEntity } from '../entities/event-rsvp.entity';

registerEnumType(RsvpStatus, {
  name: 'RsvpStatus',
  description: 'GOING, MAYBE or NOT_GOING as answered; WAITLISTED when GOING was asked of a full event.',
});
registerEnumType(EventVisibility, { name: 'EventVisibility', description: 'PUBLIC: anyone (in a PUBLIC network) and the calendar feed. MEMBERS: members only.' });
registerEnumType(EventStatus, { name: 'EventStatus' });

export enum EventScope {
  THIS_OCCURRENCE = 'THIS_OCCURRENCE',
  WHOLE_SERIES = 'WHOLE_SERIES',
}
registerEnumType(EventScope, { name: 'EventScope', description: 'For an occurrence of a series: change just it, or the whole series.' });

@ObjectType({ description: 'How a repeating event repeats.' })
export class EventSeries {
  @Field(() => ID)
  id: string;

  @Field({ description: 'RFC 5545 RRULE, read in Europe/London from the first start, e.g. FREQ=WEEKLY;COUNT=10.' })
  rrule: string;

  @Field({ description: 'In words, e.g. "every week on Tuesday for 10 times".' })
  summary: string;

  @Field(() => EventStatus)
  status: EventStatus;

  static from(entity: EventSeriesEntity, summary: string): EventSeries {
    return Object.assign(new EventSeries(), { id: entity.id, rrule: entity.rrule, summary, status: entity.status });
  }
}

@ObjectType({ description: 'An event, or one occurrence of a repeating event. Times are UTC instants; show them in Europe/London.' })
export class Event {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Markdown, as written.' })
  description: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: 'The venue (empty for online-only events).' })
  location: string;

  @Field()
  address: string;

  @Field()
  online: boolean;

  @Field(() => String, { nullable: true, description: 'The joining link, for online events.' })
  onlineUrl: string | null;

  @Field()
  accessibilityNotes: string;

  @Field(() => Int, { nullable: true, description: 'Seats (guests included); null when unlimited.' })
  capacity: number | null;

  @Field(() => EventVisibility)
  visibility: EventVisibility;

  @Field(() => EventStatus)
  status: EventStatus;

  @Field({ description: 'Why it was cancelled (empty otherwise).' })
  cancelReason: string;

  @Field(() => Int, { description: 'Bumped on every change (the iCalendar SEQUENCE).' })
  sequence: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  spaceId: string;
  networkId: string;
  seriesId: string | null;
  organiserId: string;
  organiserOrganisationId: string | null;

  static from(entity: EventEntity): Event {
    const d = entity.details;
    return Object.assign(new Event(), {
      id: entity.id,
      title: d.title,
      description: d.description,
      startsAt: entity.startsAt,
      endsAt: entity.endsAt,
      location: d.location,
      address: d.address,
      online: d.online,
      onlineUrl: d.onlineUrl,
      accessibilityNotes: d.accessibilityNotes,
      capacity: d.capacity,
      visibility: d.visibility,
      status: entity.status,
      cancelReason: entity.cancelReason,
      sequence: entity.sequence,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      spaceId: entity.spaceId,
      networkId: entity.networkId,
      seriesId: entity.seriesId,
      organiserId: entity.organiserId,
      organiserOrganisationId: entity.organiserOrganisationId,
    });
  }
}

@ObjectType()
export class EventConnection extends Connection(Event) {}

@ObjectType({ description: "Someone's answer to an event (seen by its organisers)." })
export class Rsvp {
  @Field(() => RsvpStatus)
  status: RsvpStatus;

  @Field(() => Int)
  guests: number;

  @Field({ description: 'When they last answered.' })
  respondedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When they were moved from the waitlist to GOING.' })
  promotedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Marked by the organiser after the event: came (true), did not (false), not marked (null).' })
  attended: boolean | null;

  userId: string;
  eventId: string;

  static from(entity: EventRsvpEntity): Rsvp {
    return Object.assign(new Rsvp(), {
      status: entity.status,
      guests: entity.guests,
      respondedAt: entity.updatedAt,
      promotedAt: entity.promotedAt,
      attended: entity.attended,
      userId: entity.userId,
      eventId: entity.eventId,
    });
  }
}

@ObjectType()
export class RsvpConnection extends Connection(Rsvp) {}
