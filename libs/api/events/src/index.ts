export * from './entities/event-details';
export * from './entities/event.entity';
export * from './entities/event-series.entity';
export * from './entities/event-rsvp.entity';
export * from './models/event.model';
export * from './events.service';
export * from './events.module';
export * from './topics';
