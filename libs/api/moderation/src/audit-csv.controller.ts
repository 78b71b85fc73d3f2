import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { SessionService } from '@community-hub/api-accounts';
import { AllowAnonymous, sessionTokenOf } from '@community-hub/api-auth';
import { DomainError, ErrorCode, isId, notFound, unauthenticated } from '@community-hub/api-common';
import { AuditService } from './audit.service';

/** A spreadsheet cell that starts like a formula is shown as text (CSV injection). */
const cell = (value: string | null | undefined) => {
  const text = value ?? '';
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

/**
 * The audit log as CSV: `/moderation/audit/<networkId>.csv` for a network's
 * coordinators, `/moderation/audit/platform.csv` for platform admins. The same
 * credentials as the API (bearer token or session cookie) and the same checks.
 */
@Controller('moderation/audit')
export class AuditCsvController {
  constructor(
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  // Anonymous reaches the handler only to be told 401 in plain text (the guard speaks GraphQL errors).
  @AllowAnonymous()
  @Get(':file')
  async download(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const caller = await this.sessions.callerOf(sessionTokenOf(req));
      if (!caller) throw unauthenticated();
      const match = /^(platform|[0-9a-f-]{36})\.csv$/i.exec(file);
      if (!match || (match[1] !== 'platform' && !isId(match[1]))) throw notFound('Audit log');
      const networkId = match[1] === 'platform' ? null : match[1].toLowerCase();
      const rows = await this.audit.exportRows(caller, networkId);
      const csv = stringify(
        rows.map((r) => [r.createdAt.toISOString(), cell(r.actor?.name), r.action, r.subjectKind, r.subjectId ?? '', cell(r.note)]),
        { header: true, columns: ['When (UTC)', 'Who', 'Action', 'Subject', 'Subject id', 'Note'] },
      );
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="moderation-audit-${match[1]}.csv"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(csv);
    } catch (error) {
      if (error instanceof DomainError && STATUS[error.code]) {
        res.status(STATUS[error.code]!).type('text/plain').send(error.message);
        return;
      }
      throw error;
    }
  }
}
