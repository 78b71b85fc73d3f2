import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@community-hub/api-config';
import { createApp, levelsFrom } from './create-app';
import { JsonLogger } from './logging/json-logger';
import { startInfrastructure } from './infrastructure';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  // Start-up lines (embedded services) in the same format as the app's.
  if (config.logFormat === 'json') Logger.overrideLogger(new JsonLogger(levelsFrom(config.logLevel)));
  const logger = new Logger('CommunityHub');
  const infrastructure = await startInfrastructure(config);
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const shutdown = async (signal: string) => {
    logger.log(`${signal} received, shutting down`);
    await app?.close().catch(() => undefined);
    await infrastructure.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    app = await createApp({ config, databaseUrl: infrastructure.databaseUrl, storage: infrastructure.storage });
    await app.listen(config.port, config.host);
  } catch (error) {
    logger.error(`Could not start: ${(error as Error).message}`);
    await app?.close().catch(() => undefined);
    await infrastructure.stop();
    process.exit(1);
  }
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${shownHost}:${config.port}`;
  const lines = [`Community Hub is running at ${url}`, `GraphQL API: ${url}/graphql`];
  if (config.graphql.explorer) lines.push(`GraphQL explorer: ${url}/explorer`);
  if (infrastructure.embedded.database || infrastructure.embedded.storage) {
    lines.push(`Embedded services with data in ${config.dataDir}`);
  }
  console.log(`\n  ${lines.join('\n  ')}\n`);
}

void main();
