import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import type { AppConfig } from '@community-hub/api-config';
import { startEmbeddedPostgres } from '@community-hub/api-database';
import { startEmbeddedS3, type StorageConnection } from '@community-hub/api-storage';

export interface Infrastructure {
  databaseUrl: string;
  storage: StorageConnection;
  embedded: { database: boolean; storage: boolean };
  stop(): Promise<void>;
}

/**
 * The database and object store the app talks to: the configured servers, or
 * embedded ones under DATA_DIR when DATABASE_URL / S3_ENDPOINT are unset.
 */
export async function startInfrastructure(config: AppConfig): Promise<Infrastructure> {
  const logger = new Logger('Infrastructure');
  const stops: (() => Promise<void>)[] = [];
  try {
    let databaseUrl = config.database.url;
    if (!databaseUrl) {
      const started = Date.now();
      const pg = await startEmbeddedPostgres({
        dataDir: join(config.dataDir, 'postgres'),
        port: config.database.embeddedPort || undefined,
        database: 'community_hub',
        log: (message) => logger.log(message),
      });
      stops.push(pg.stop);
      databaseUrl = pg.url;
      logger.log(`Embedded PostgreSQL ready in ${Date.now() - started} ms (data in ${join(config.dataDir, 'postgres')})`);
    }
    let storage: StorageConnection;
    if (config.storage.endpoint) {
      storage = { endpoint: config.storage.endpoint, accessKey: config.storage.accessKey!, secretKey: config.storage.secretKey! };
    } else {
      const s3 = await startEmbeddedS3({
        dataDir: join(config.dataDir, 'objects'),
        port: config.storage.embeddedPort || undefined,
        bucket: config.storage.bucket,
      });
      stops.push(s3.stop);
      storage = s3;
      logger.log(`Embedded S3-compatible store ready (data in ${join(config.dataDir, 'objects')})`);
    }
    return {
      databaseUrl,
      storage,
      embedded: { database: !config.database.url, storage: !config.storage.endpoint },
      stop: async () => {
        for (const stop of stops.reverse()) await stop().catch(() => undefined);
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
}
