import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { SessionService } from '@community-hub/api-accounts';
import { AllowAnonymous, sessionTokenOf } from '@community-hub/api-auth';
import { DomainError, ErrorCode, isId, notFound, unauthenticated } from '@community-hub/api-common';
import { LIBRARY_IMPORT_REASON_TEXT } from '@community-hub/shared-validation';
import { LibraryImportService } from './library-import.service';

/** A spreadsheet cell that starts like a formula is shown as text (CSV injection): zip paths are anyone's words. */
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

/**
 * `/library-imports/<id>/skipped.csv`: what an import left out and why, for the
 * coordinators of that library. The same credentials as the API (bearer token or
 * session cookie) and the same check as the `libraryImport` query.
 */
@Controller('library-imports')
export class LibraryImportCsvController {
  constructor(
    private readonly imports: LibraryImportService,
    private readonly sessions: SessionService,
  ) {}

  // Anonymous reaches the handler only to be told 401 in plain text (the guard speaks GraphQL errors).
  @AllowAnonymous()
  @Get(':id/skipped.csv')
  async skipped(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const caller = await this.sessions.callerOf(sessionTokenOf(req));
      if (!caller) throw unauthenticated();
      if (!isId(id)) throw notFound('Library import');
      const { row, skipped } = await this.imports.skippedForExport(caller, id.toLowerCase());
      const csv = stringify(
        skipped.map((entry) => [entry.entryIndex + 1, cell(entry.path), entry.reason, LIBRARY_IMPORT_REASON_TEXT[entry.reason] ?? '']),
        { header: true, columns: ['Entry', 'Path in the zip', 'Reason', 'Why'] },
      );
      const base = row.filename.replace(/\.zip$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80) || 'import';
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${base}-skipped.csv"`);
      res.setHeader('Cache-Control', 'no-store');
      // A byte-order mark so spreadsheet programs read the UTF-8 names as UTF-8.
      res.send(`\uFEFF${csv}`);
    } catch (error) {
      if (error instanceof DomainError && STATUS[error.code]) {
        res.status(STATUS[error.code]!).type('text/plain').send(error.message);
        return;
      }
      throw error;
    }
  }
}
