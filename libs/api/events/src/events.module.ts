import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@community-hub/api-accounts';
import { NetworksModule } from '@community-hub/api-networks';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { EventRsvpEntity } from './entities/event-rsvp.entity';
import { EventSeriesEntity } from './entities/event-series.entity';
import { EventEntity } from './entities/event.entity';
import { EventsLiveService } from './events-live.service';
import { EventsResolver, NetworkEventsResolver, RsvpsResolver } from './events.resolver';
import { EventsNotices } from './events.notices';
import { EventsService } from './events.service';
import { RsvpService } from './rsvp.service';
import { EventsPersonalData } from './events.personal-data';

export const EVENTS_ENTITIES = [EventSeriesEntity, EventEntity, EventRsvpEntity];

@Module({
  imports: [TypeOrmModule.forFeature(EVENTS_ENTITIES), AccountsModule, NetworksModule],
  controllers: [CalendarController],
  providers: [EventsPersonalData, EventsService, EventsNotices, RsvpService, EventsLiveService, CalendarService, EventsResolver, RsvpsResolver, NetworkEventsResolver],
  exports: [EventsService],
})
export class EventsModule {}
