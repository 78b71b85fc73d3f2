import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { AllowAnonymous } from '@community-hub/api-auth';
import { MailService } from './mail.service';

/** The newest emails listed; older ones stay on disk. */
const LISTED = 100;
/** The names MailService gives: a timestamp and the message id, `.eml`. */
const FILE_NAME = /^[A-Za-z0-9.-]+\.eml$/;

export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  date: string;
}

/**
 * The local outbox (as letter_opener does for Rails): outside production, the emails
 * written to DATA_DIR/mail can be listed and read, so someone trying the app on a laptop
 * can follow a sign-up or reset link. In production these answer 404, always.
 */
@AllowAnonymous()
@Controller('email/outbox')
export class OutboxController {
  constructor(private readonly mail: MailService) {}

  @Get()
  async list(@Res({ passthrough: true }) res: Response): Promise<{ messages: OutboxEntry[] }> {
    const folder = this.folder();
    res.set('Cache-Control', 'no-store');
    const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => FILE_NAME.test(name));
    const dated = await Promise.all(names.map(async (name) => ({ name, mtime: (await stat(join(folder, name))).mtimeMs })));
    dated.sort((a, b) => b.mtime - a.mtime || b.name.localeCompare(a.name));
    const messages = await Promise.all(
      dated.slice(0, LISTED).map(async ({ name, mtime }) => {
        const parsed = await simpleParser(await readFile(join(folder, name)), { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
        return { id: name, to: addressText(parsed.to), subject: parsed.subject ?? '', date: (parsed.date ?? new Date(mtime)).toISOString() };
      }),
    );
    return { messages };
  }

  @Get(':id')
  async show(@Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    const folder = this.folder();
    if (!FILE_NAME.test(id)) throw new NotFoundException();
    const raw = await readFile(join(folder, id)).catch(() => null);
    if (!raw) throw new NotFoundException();
    res.set('Cache-Control', 'no-store');
    const parsed = await simpleParser(raw, { skipImageLinks: true });
    return {
      id,
      to: addressText(parsed.to),
      from: addressText(parsed.from),
      subject: parsed.subject ?? '',
      date: (parsed.date ?? new Date()).toISOString(),
      text: parsed.text ?? '',
      links: [...new Set((parsed.text ?? '').match(/https?:\/\/[^\s<>"]+/g) ?? [])],
    };
  }

  /** The mail folder, or 404 in production (and with SMTP, where nothing is written). */
  private folder(): string {
    const folder = this.mail.folderPath;
    if (this.mail.production || !folder) throw new NotFoundException();
    return folder;
  }
}

function addressText(value: { text: string } | { text: string }[] | undefined): string {
  if (!value) return '';
  return Array.isArray(value) ? value.map((v) => v.text).join(', ') : value.text;
}
