import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface EmbeddedS3Handle {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  stop(): Promise<void>;
}

/**
 * An S3-compatible server in this process (the `s3rver` package), for laptops
 * and tests. It checks no request signatures, so it listens on 127.0.0.1 only
 * and its address is never handed to a browser: the API streams bytes itself.
 */
export async function startEmbeddedS3(options: { dataDir: string; port?: number; bucket: string }): Promise<EmbeddedS3Handle> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const S3rver = require('s3rver');
  const directory = resolve(options.dataDir);
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory,
    configureBuckets: [{ name: options.bucket }],
    vhostBuckets: false,
  });
  const address: { port: number } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    stop: () => server.close(),
  };
}
