import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { gql } from './graphql';

/** The server's DATA_DIR (set by global-setup.cjs): without SMTP_URL, its emails are files in DATA_DIR/mail. */
function mailFolder(): string {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set: run the suite with "node_modules/.bin/jest --config e2e/jest.config.cjs"');
  return join(dir, 'mail');
}

/**
 * Waits for the email to `to` that carries a link to `path` (`/reset-password`, `/verify-email`)
 * and returns that link, as a person would click it. Emails are sent by a background job.
 */
export async function emailedLink(to: string, path: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const seen = new Set<string>();
  for (;;) {
    const names = await readdir(mailFolder()).catch(() => [] as string[]);
    for (const name of names.filter((n) => !seen.has(n)).sort().reverse()) {
      const parsed = await simpleParser(await readFile(join(mailFolder(), name)));
      const recipients = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((a) => a.value.map((v) => v.address));
      if (!recipients.includes(to.toLowerCase())) {
        seen.add(name);
        continue;
      }
      const link = (parsed.text ?? '').match(new RegExp(`https?://\\S+${path}\\?token=[A-Za-z0-9_-]+`))?.[0];
      if (link) return link;
      seen.add(name);
    }
    if (Date.now() > deadline) throw new Error(`No email to ${to} with a ${path} link within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Confirms a new account's address the honest way: the link emailed at sign-up, followed through the API. */
export async function verifyEmailFromMail(email: string): Promise<void> {
  const token = new URL(await emailedLink(email, '/verify-email')).searchParams.get('token');
  await gql('mutation($t: String!) { verifyEmail(token: $t) { id } }', { t: token });
}
