import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import { DataSource, IsNull, MoreThanOrEqual, Repository } from 'typeorm';
import type { Caller } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig, publicBaseUrl } from '@community-hub/api-config';
import { plainTextFromMarkdown } from '@community-hub/shared-validation';
import { EventStatus, EventVisibility } from './entities/event-details';
import { EventSeriesEntity } from './entities/event-series.entity';
import { EventEntity } from './entities/event.entity';
import { EventsService } from './events.service';
import { EVENT_TIME_ZONE } from './recurrence';

/** How far back a network's feed reaches: recent past events stay in people's calendars. */
const FEED_HISTORY_DAYS = 180;
const UID_DOMAIN = 'community-hub';

function local(instant: Date): DateTime {
  return DateTime.fromJSDate(instant, { zone: EVENT_TIME_ZONE });
}

/**
 * RFC 5545 calendars: a network's public events as a feed
 * (`/calendar/<slug>.ics`) and single events as a download. Times carry
 * TZID=Europe/London with its VTIMEZONE; a series is one VEVENT with RRULE,
 * EXDATE for cancelled occurrences and a RECURRENCE-ID override for each
 * occurrence edited on its own. SEQUENCE follows every edit. Descriptions are
 * written in Markdown; calendars show DESCRIPTION as it is, so it goes as plain text.
 */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @InjectRepository(EventSeriesEntity) private readonly series: Repository<EventSeriesEntity>,
    private readonly eventsService: EventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The feed of a PUBLIC network's PUBLIC events; null when there is no such public network.
   * Links point at PUBLIC_URL: the feed is cached publicly, so nothing in it may come from the request.
   */
  async networkFeed(slug: string): Promise<string | null> {
    const [network]: { id: string; name: string; slug: string }[] = await this.db.query(
      "SELECT id, name, slug FROM networks WHERE slug = $1 AND visibility = 'PUBLIC'",
      [slug],
    );
    if (!network) return null;
    const since = new Date(Date.now() - FEED_HISTORY_DAYS * 24 * 3600 * 1000);
    const site = publicBaseUrl(this.config);
    const baseUrl = `${site}/n/${network.slug}/e/`;
    const calendar = this.calendar(`${network.name} events`, `${site}/n/${network.slug}/events`);

    const single = await this.events.find({
      where: { networkId: network.id, seriesId: IsNull(), endsAt: MoreThanOrEqual(since) },
      order: { startsAt: 'ASC' },
    });
    for (const event of single) {
      if (event.details.visibility !== EventVisibility.PUBLIC) continue;
      this.addEvent(calendar, event, baseUrl);
    }

    const seriesRows = await this.series.find({ where: { networkId: network.id } });
    const occurrences = await this.eventsService.occurrencesOf(seriesRows.map((s) => s.id));
    const bySeries = new Map<string, EventEntity[]>();
    for (const o of occurrences) bySeries.set(o.seriesId!, [...(bySeries.get(o.seriesId!) ?? []), o]);
    for (const series of seriesRows) {
      const its = bySeries.get(series.id) ?? [];
      if (series.details.visibility !== EventVisibility.PUBLIC || !its.some((o) => o.endsAt >= since)) continue;
      this.addSeries(calendar, series, its, baseUrl);
    }
    return calendar.toString();
  }

  /** One event (or one occurrence) as a calendar file, for "add to calendar"; null when the caller may not see it. */
  async eventFile(caller: Caller | null, eventId: string): Promise<{ filename: string; body: string } | null> {
    const event = await this.eventsService.findEvent(caller, eventId);
    if (!event) return null;
    const [network]: { slug: string }[] = await this.db.query('SELECT slug FROM networks WHERE id = $1', [event.networkId]);
    const calendar = this.calendar(event.details.title, undefined);
    calendar.method(ICalCalendarMethod.PUBLISH);
    this.addEvent(calendar, event, `${publicBaseUrl(this.config)}/n/${network.slug}/e/`);
    const filename = `${event.details.title.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 60) || 'event'}.ics`;
    return { filename, body: calendar.toString() };
  }

  private calendar(name: string, url: string | undefined): ICalCalendar {
    return ical({
      name,
      prodId: { company: 'Community Hub', product: 'Community Hub', language: 'EN' },
      timezone: { name: EVENT_TIME_ZONE, generator: getVtimezoneComponent },
      url,
      ttl: 3600,
    });
  }

  private addEvent(calendar: ICalCalendar, event: EventEntity, baseUrl: string, uid = `${event.id}@${UID_DOMAIN}`) {
    const d = event.details;
    calendar.createEvent({
      id: uid,
      sequence: event.sequence,
      start: local(event.startsAt),
      end: local(event.endsAt),
      timezone: EVENT_TIME_ZONE,
      stamp: event.updatedAt,
      created: event.createdAt,
      lastModified: event.updatedAt,
      summary: d.title,
      description: [plainTextFromMarkdown(d.description, { lines: true }), d.accessibilityNotes ? `Accessibility: ${d.accessibilityNotes}` : '', d.onlineUrl ? `Join online: ${d.onlineUrl}` : '']
        .filter(Boolean)
        .join('\n\n'),
      location: [d.location, d.address].filter(Boolean).join(', ') || (d.online ? 'Online' : undefined),
      url: `${baseUrl}${event.id}`,
      status: event.status === EventStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }

  private addSeries(calendar: ICalCalendar, series: EventSeriesEntity, occurrences: EventEntity[], baseUrl: string) {
    const uid = `series-${series.id}@${UID_DOMAIN}`;
    const hidden = occurrences.filter(
      (o) => o.status === EventStatus.CANCELLED || o.details.visibility !== EventVisibility.PUBLIC,
    );
    const fmt = (o: EventEntity) => local(o.occurrenceStart ?? o.startsAt).toFormat("yyyyMMdd'T'HHmmss");
    const rule =
      `RRULE:${series.rrule}` + (hidden.length && series.status !== EventStatus.CANCELLED ? `\r\nEXDATE;TZID=${EVENT_TIME_ZONE}:${hidden.map(fmt).join(',')}` : '');
    const d = series.details;
    const next = occurrences.find((o) => o.endsAt >= new Date()) ?? occurrences[0];
    calendar.createEvent({
      id: uid,
      sequence: series.sequence,
      start: local(series.firstStartsAt),
      end: local(series.firstEndsAt),
      timezone: EVENT_TIME_ZONE,
      stamp: series.updatedAt,
      created: series.createdAt,
      lastModified: series.updatedAt,
      summary: d.title,
      description: [plainTextFromMarkdown(d.description, { lines: true }), d.accessibilityNotes ? `Accessibility: ${d.accessibilityNotes}` : ''].filter(Boolean).join('\n\n'),
      location: [d.location, d.address].filter(Boolean).join(', ') || (d.online ? 'Online' : undefined),
      url: next ? `${baseUrl}${next.id}` : undefined,
      repeating: rule,
      status: series.status === EventStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    if (series.status === EventStatus.CANCELLED) return;
    // Occurrences edited on their own override the rule's instance at their RECURRENCE-ID.
    for (const o of occurrences) {
      if (!o.detached || hidden.includes(o)) continue;
      const d2 = o.details;
      calendar.createEvent({
        id: uid,
        sequence: o.sequence,
        recurrenceId: local(o.occurrenceStart ?? o.startsAt),
        start: local(o.startsAt),
        end: local(o.endsAt),
        timezone: EVENT_TIME_ZONE,
        stamp: o.updatedAt,
        summary: d2.title,
        description: plainTextFromMarkdown(d2.description, { lines: true }),
        location: [d2.location, d2.address].filter(Boolean).join(', ') || (d2.online ? 'Online' : undefined),
        url: `${baseUrl}${o.id}`,
        status: ICalEventStatus.CONFIRMED,
      });
    }
  }
}

