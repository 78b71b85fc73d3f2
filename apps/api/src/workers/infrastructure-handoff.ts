import type { StorageConnection } from '@community-hub/api-storage';
import type { Infrastructure } from '../infrastructure';

/** What a worker needs of the infrastructure the primary started: where the database and the object store are. */
export interface InfrastructureHandoff {
  databaseUrl: string;
  storage: StorageConnection;
}

/** The environment variable the primary hands it over in (never set by hand). */
export const HANDOFF_VARIABLE = 'COMMUNITY_HUB_WORKER_INFRASTRUCTURE';

export function handoffEnvironment(infrastructure: Infrastructure): Record<string, string> {
  const { endpoint, accessKey, secretKey } = infrastructure.storage;
  const handoff: InfrastructureHandoff = { databaseUrl: infrastructure.databaseUrl, storage: { endpoint, accessKey, secretKey } };
  return { [HANDOFF_VARIABLE]: JSON.stringify(handoff) };
}

/** In a worker: the primary's infrastructure, taken out of the environment (so nothing the worker runs inherits it); null if absent. */
export function takeHandoff(environment: NodeJS.ProcessEnv = process.env): InfrastructureHandoff | null {
  const raw = environment[HANDOFF_VARIABLE];
  delete environment[HANDOFF_VARIABLE];
  if (!raw) return null;
  const handoff = JSON.parse(raw) as InfrastructureHandoff;
  return typeof handoff.databaseUrl === 'string' && typeof handoff.storage?.endpoint === 'string' ? handoff : null;
}
