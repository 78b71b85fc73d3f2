import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { AllowAnonymous, sessionTokenOf } from '@community-hub/api-auth';
import { badInput, unauthenticated } from '@community-hub/api-common';
import { describeDevice } from '../sessions/device';
import { SessionService } from '../sessions/session.service';
import { SecurityEventKind } from './security-event-kind';
import { type SecurityLogSearch, SecurityLogService } from './security-log.service';

/** A spreadsheet cell that starts like a formula is shown as text (CSV injection). */
function cell(value: string | null | undefined): string {
  const text = value ?? '';
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function dateParam(name: string, value: unknown): Date | null {
  if (value === undefined || value === '') return null;
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw badInput(`${name} is not a date`, [{ field: name, message: 'not a date' }]);
  return date;
}

/**
 * The security log as a CSV file, for platform admins (the same search as the
 * `securityLog` query). Signed in by the session cookie or a bearer token; anyone
 * else is refused (401 anonymous, 403 not a platform admin).
 */
@AllowAnonymous()
@Controller('security-log')
export class SecurityLogController {
  constructor(
    private readonly sessions: SessionService,
    private readonly securityLog: SecurityLogService,
  ) {}

  @Get('export.csv')
  async export(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const caller = await this.sessions.callerOf(sessionTokenOf(req));
    // Refusals are DomainErrors: the app's filter answers them (401 anonymous, 403 not a platform admin, 400 bad search).
    if (!caller) throw unauthenticated();
    const kind = typeof query.kind === 'string' && query.kind ? query.kind : null;
    if (kind && !(Object.values(SecurityEventKind) as string[]).includes(kind)) throw badInput('kind is not a security event kind', [{ field: 'kind', message: 'unknown kind' }]);
    const search: SecurityLogSearch = {
      person: typeof query.person === 'string' ? query.person : null,
      kind: kind as SecurityEventKind | null,
      from: dateParam('from', query.from),
      to: dateParam('to', query.to),
    };
    const rows = await this.securityLog.exportRows(caller, search);
    const body = stringify(
      rows.map((row) => [
        row.occurredAt.toISOString(),
        row.kind,
        cell(row.email),
        cell(row.name),
        row.userId ?? '',
        cell(row.address),
        cell(row.userAgent ? describeDevice(row.userAgent) : ''),
        cell(row.userAgent),
        cell(row.detail),
      ]),
      { header: true, columns: ['time', 'kind', 'email', 'name', 'user_id', 'address', 'device', 'user_agent', 'detail'] },
    );
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="security-log-${new Date().toISOString().slice(0, 10)}.csv"`)
      .set('Cache-Control', 'private, no-store')
      .send(body);
  }
}
