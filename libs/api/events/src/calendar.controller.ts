import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AllowAnonymous, sessionTokenOf } from '@community-hub/api-auth';
import { SessionService } from '@community-hub/api-accounts';
import { isId } from '@community-hub/api-common';
import { CalendarService } from './calendar.service';

function notFound(res: Response, message: string) {
  res.status(404).json({ error: { code: 'NOT_FOUND', message } });
}

/**
 * iCalendar downloads. The network feed is public (PUBLIC events of a PUBLIC
 * network, for calendar apps that subscribe without signing in); a single
 * event's file follows the same rules as the `event` query, using the session
 * cookie or a bearer token.
 */
@AllowAnonymous()
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly sessions: SessionService,
  ) {}

  @Get('events/:file')
  async event(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const id = file.replace(/\.ics$/, '');
    if (!isId(id)) return notFound(res, 'Event not found');
    const caller = await this.sessions.callerOf(sessionTokenOf(req));
    const result = await this.calendars.eventFile(caller, id.toLowerCase());
    if (!result) return notFound(res, 'Event not found, or you do not have access to it');
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="event.ics"; filename*=UTF-8''${encodeURIComponent(result.filename)}`)
      .set('Cache-Control', 'private, no-store')
      .send(result.body);
  }

  @Get(':file')
  async network(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const slug = file.replace(/\.ics$/, '');
    if (!file.endsWith('.ics') || !/^[a-z0-9-]{1,64}$/.test(slug)) return notFound(res, 'No such calendar');
    const body = await this.calendars.networkFeed(slug);
    if (body === null) return notFound(res, 'No public network with that name');
    res.status(200).type('text/calendar; charset=utf-8').set('Cache-Control', 'public, max-age=300').send(body);
  }
}
