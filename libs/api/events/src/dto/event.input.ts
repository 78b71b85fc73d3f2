import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MultiLineText, PageArgs } from '@community-hub/api-common';
import { EventVisibility } from '../entities/event-details';
import { EventScope } from '../models/event.model';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 20_000;
export const LOCATION_MAX = 200;
export const ADDRESS_MAX = 500;
export const URL_MAX = 2000;
export const NOTES_MAX = 2000;
export const REASON_MAX = 1000;
export const CAPACITY_MAX = 100_000;
export const GUESTS_MAX = 20;

/** The fields an event's details share between create and update (all optional on update). */
@InputType({ isAbstract: true })
abstract class EventDetailsInput {
  @Field({ nullable: true, description: 'Markdown.' })
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX, { message: `description must be at most ${DESCRIPTION_MAX} characters` })
  @MultiLineText()
  description?: string;

  @Field({ nullable: true, description: 'The venue, e.g. "Macclesfield Library, Jordangate".' })
  @IsOptional()
  @IsString()
  @MaxLength(LOCATION_MAX, { message: `location must be at most ${LOCATION_MAX} characters` })
  location?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ADDRESS_MAX, { message: `address must be at most ${ADDRESS_MAX} characters` })
  address?: string;

  @Field({ nullable: true, description: 'True for an online (or hybrid) event; give onlineUrl.' })
  @IsOptional()
  @IsBoolean()
  online?: boolean;

  @Field({ nullable: true, description: 'The joining link (https).' })
  @IsOptional()
  @IsString()
  @MaxLength(URL_MAX, { message: `onlineUrl must be at most ${URL_MAX} characters` })
  onlineUrl?: string;

  @Field({ nullable: true, description: 'Step-free access, hearing loop, quiet room...' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTES_MAX, { message: `accessibilityNotes must be at most ${NOTES_MAX} characters` })
  @MultiLineText()
  accessibilityNotes?: string;

  @Field(() => Int, { nullable: true, description: 'Seats, guests included; leave out for no limit.' })
  @IsOptional()
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(1, { message: 'capacity must be at least 1 (leave it out for no limit)' })
  @Max(CAPACITY_MAX, { message: `capacity must be at most ${CAPACITY_MAX}` })
  capacity?: number | null;

  @Field(() => EventVisibility, { nullable: true, description: 'Default PUBLIC (members only in a PRIVATE network whatever it says).' })
  @IsOptional()
  @IsEnum(EventVisibility)
  visibility?: EventVisibility;

  @Field(() => ID, { nullable: true, description: 'The organisation running it (one the caller represents).' })
  @IsOptional()
  @IsUUID('all', { message: 'organiserOrganisationId must be an id' })
  organiserOrganisationId?: string | null;
}

@InputType()
export class CreateEventInput extends EventDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId: string;

  @Field()
  @IsString()
  @MaxLength(TITLE_MAX, { message: `title must be at most ${TITLE_MAX} characters` })
  title: string;

  @Field()
  @IsDate({ message: 'startsAt must be a date-time' })
  startsAt: Date;

  @Field()
  @IsDate({ message: 'endsAt must be a date-time' })
  endsAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Makes a repeating event: an RFC 5545 RRULE read in UK time from startsAt, with COUNT or UNTIL, e.g. FREQ=WEEKLY;COUNT=12, FREQ=WEEKLY;INTERVAL=2;UNTIL=20270701T000000Z, FREQ=MONTHLY;BYDAY=2TU;COUNT=6.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'recurrence must be at most 500 characters' })
  recurrence?: string;
}

@InputType()
export class UpdateEventInput extends EventDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be an id' })
  eventId: string;

  @Field(() => EventScope, { defaultValue: EventScope.THIS_OCCURRENCE, description: 'For an occurrence of a series.' })
  @IsEnum(EventScope)
  scope: EventScope;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TITLE_MAX, { message: `title must be at most ${TITLE_MAX} characters` })
  title?: string;

  @Field({ nullable: true, description: 'For WHOLE_SERIES: every occurrence moves by the same UK clock time as this one.' })
  @IsOptional()
  @IsDate({ message: 'startsAt must be a date-time' })
  startsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate({ message: 'endsAt must be a date-time' })
  endsAt?: Date;
}

@InputType()
export class CancelEventInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'eventId must be an id' })
  eventId: string;

  @Field(() => EventScope, { defaultValue: EventScope.THIS_OCCURRENCE, description: 'WHOLE_SERIES cancels this and every later occurrence.' })
  @IsEnum(EventScope)
  scope: EventScope;

  @Field({ defaultValue: '', description: 'Shown to people who said they would come.' })
  @IsString()
  @MaxLength(REASON_MAX, { message: `reason must be at most ${REASON_MAX} characters` })
  @MultiLineText()
  reason: string;
}

@InputType({ description: 'An event being planned, to check for clashes before saving.' })
export class EventClashesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId: string;

  @Field()
  @IsDate({ message: 'startsAt must be a date-time' })
  startsAt: Date;

  @Field()
  @IsDate({ message: 'endsAt must be a date-time' })
  endsAt: Date;

  @Field()
  @IsString()
  @MaxLength(LOCATION_MAX)
  location: string;

  @Field(() => ID, { nullable: true, description: 'The event being edited (not a clash with itself).' })
  @IsOptional()
  @IsUUID('all')
  excludeEventId?: string;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => Date, { nullable: true, description: 'Events ending at or after this (default: now, unless past is true).' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Events starting before this.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field({ defaultValue: false, description: 'The archive: events that have ended, most recent first.' })
  @IsBoolean()
  past: boolean;
}
