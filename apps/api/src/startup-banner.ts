import type { AppConfig } from '@community-hub/api-config';
import type { Infrastructure } from './infrastructure';

/** What the API prints once it serves, in one process or after every worker listens. */
export function startupBanner(config: AppConfig, embedded: Infrastructure['embedded']): string {
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${shownHost}:${config.port}`;
  const lines = [`Community Hub is running at ${url}`, `GraphQL API: ${url}/graphql`];
  if (config.graphql.explorer) lines.push(`GraphQL explorer: ${url}/explorer`);
  if (embedded.database || embedded.storage) lines.push(`Embedded services with data in ${config.dataDir}`);
  return `\n  ${lines.join('\n  ')}\n`;
}
