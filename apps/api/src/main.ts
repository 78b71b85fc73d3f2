import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { type AppConfig, ConfigError, isApiWorker, loadConfig } from '@community-hub/api-config';
import { type createApp, levelsFrom, listenOrExit } from './create-app';
import { JsonLogger } from './logging/json-logger';
import { startInfrastructure } from './infrastructure';
import { startupBanner } from './startup-banner';
import { runPrimary } from './workers/primary-process';
import { runWorker } from './workers/worker-process';

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
  if (isApiWorker(config)) return runWorker(config);
  if (config.workers > 1) return runPrimary(config);
  return runSingleProcess(config);
}

/** API_WORKERS=1 (the default): this process starts the infrastructure and serves. */
async function runSingleProcess(config: AppConfig): Promise<void> {
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
