import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { type AppConfig, ConfigError, loadConfig } from '@community-hub/api-config';
import { type createApp, levelsFrom, listenOrExit } from './create-app';
import { JsonLogger } from './logging/json-logger';
import { startInfrastructure } from './infrastructure';
import { startupBanner } from './startup-banner';

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
  return run(config);
}

/**
 * One process per instance: it starts the infrastructure (embedded services when not
 * configured) and serves. More capacity = more instances behind a load balancer.
 */
async function run(config: AppConfig): Promise<void> {
  const logger = new Logger('CommunityHub');
  const infrastructure = await startInfrastructure(config);
  // Filled once it listens; a signal during start-up still stops the embedded services.
  const running: { app?: Awaited<ReturnType<typeof createApp>> } = {};
  const shutdown = async (signal: string) => {
    logger.log(`${signal} received, shutting down`);
    await running.app?.close().catch(() => undefined);
    await infrastructure.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  running.app = await listenOrExit(config, infrastructure, logger, () => infrastructure.stop());
  console.log(startupBanner(config, infrastructure.embedded));
}

void main();
