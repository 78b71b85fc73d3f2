import { join } from 'node:path';
import type { AppConfig } from '@community-hub/api-config';
import type { Infrastructure } from './infrastructure';

/** What the API prints once it serves. */
export function startupBanner(config: AppConfig, embedded: Infrastructure['embedded']): string {
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${shownHost}:${config.port}`;
  const lines = [`Community Hub is running at ${url}`, `GraphQL API: ${url}/graphql`];
  if (config.graphql.explorer) lines.push(`GraphQL explorer: ${url}/explorer`);
  if (embedded.database || embedded.storage) lines.push(`Embedded services with data in ${config.dataDir}`);
  lines.push(mailLine(config, url));
  return `\n  ${lines.join('\n  ')}\n`;
}

/** Where email goes: people signing up on a laptop need to know where their link is. */
function mailLine(config: AppConfig, url: string): string {
  if (config.mail.smtpUrl) return 'Email: sent through SMTP_URL';
  const folder = join(config.dataDir, 'mail');
  if (config.production) return `Email: NOT SENT (no SMTP_URL set); written to ${folder} only`;
  return `Email: not sent (no SMTP_URL); written to ${folder}, read them at ${url}/dev/outbox`;
}
