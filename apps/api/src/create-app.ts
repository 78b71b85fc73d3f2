import { Logger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { AccountsService } from '@community-hub/api-accounts';
import { configureRequestScope } from '@community-hub/api-common';
import type { AppConfig } from '@community-hub/api-config';
import { installTimestamptzParser, migrateUnderLock } from '@community-hub/api-database';
import { DemoDataService } from '@community-hub/api-demo-data';
import type { StorageConnection } from '@community-hub/api-storage';
import { AppModule } from './app.module';
import { JSON_TOO_DEEP, refuseDeepJson, refuseDeepQueryString } from './graphql/request-hygiene';
import { firstPageFiles, INDEX_PAGE } from './http/first-pages';
import { serverRenderer } from './http/server-render';
import { precompressedStatic, sendPrecompressed, staticCacheControl } from './http/precompressed-static';
import { requestIds } from './http/request-id.middleware';
import { JsonLogger } from './logging/json-logger';
import { httpMetrics } from './metrics/http-metrics.middleware';
import { MetricsService } from './metrics/metrics.service';
import compression from 'compression';

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  storage: StorageConnection;
  /** Leave Nest's own logger quiet (tests). */
  quiet?: boolean;
}

const API_PREFIXES = ['/graphql', '/storage', '/calendar', '/email', '/health', '/metrics', '/security-log', '/auth', '/moderation', '/library-imports'];

/** Builds the app, brings the schema up to date and loads bootstrap data. Does not listen. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const { config } = options;
  configureRequestScope(config.logRequestIds);
  // Before any connection is opened: pg then reads every timestamptz with it.
  installTimestamptzParser();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: appLogger(config, options.quiet ? ['error'] : levelsFrom(config.logLevel)),
    abortOnError: false,
  });
  app.enableShutdownHooks();
  if (config.http.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  // Express would hash every response body for an ETag; GraphQL answers POSTs, which no cache revalidates.
  app.set('etag', false);
  app.use(requestIds());
  app.use(httpMetrics(app.get(MetricsService)));
  app.use(securityHeaders(config));
  // Text the API writes (GraphQL JSON, calendars, metrics) is compressed when the client accepts
  // it; prebuilt static files come already encoded (skipped), and file transfers never are.
  app.use(compression({ filter: (req, res) => !req.path.startsWith('/storage/') && compression.filter(req, res) }));
  if (config.http.corsOrigin) {
    app.enableCors({ origin: config.http.corsOrigin.split(',').map((o) => o.trim()), credentials: true });
  }
  // Nesting is bounded before anything parses or walks it: the body (refuseDeepJson) and a GET's variables.
  app.use('/graphql', express.json({ limit: config.http.maxRequestBytes, verify: refuseDeepJson }), bodyErrors, refuseDeepQueryString);
  serveWebClient(app, config);

  const dataSource = app.get<DataSource>(getDataSourceToken());
  await migrateUnderLock(dataSource, async () => {
    if (config.admin) await app.get(AccountsService).ensurePlatformAdmin(config.admin.email, config.admin.password);
    if (config.demoData) await app.get(DemoDataService).load();
  });
  await app.init();
  return app;
}

/**
 * Builds the app on the given database and object store and listens on the configured
 * port. If either fails, logs why, closes what was built, runs `cleanUp` (a single
 * process stops the embedded services it started) and exits with 1.
 */
export async function listenOrExit(
  config: AppConfig,
  connection: Pick<CreateAppOptions, 'databaseUrl' | 'storage'>,
  logger: Logger,
  cleanUp: () => Promise<void> = async () => undefined,
): Promise<NestExpressApplication> {
  let app: NestExpressApplication | undefined;
  try {
    app = await createApp({ config, databaseUrl: connection.databaseUrl, storage: connection.storage });
    await app.listen(config.port, config.host);
    return app;
  } catch (error) {
    logger.error(`Could not start: ${(error as Error).message}`);
    await app?.close().catch(() => undefined);
    await cleanUp();
    process.exit(1);
  }
}

/** Nest's text logger, or JSON lines with request ids (LOG_FORMAT=json, the default in production). */
export function appLogger(config: AppConfig, levels: ReturnType<typeof levelsFrom>) {
  return config.logFormat === 'json' ? new JsonLogger(levels) : levels;
}

export function levelsFrom(level: AppConfig['logLevel']) {
  const all = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  return all.slice(0, all.indexOf(level) + 1) as unknown as ('error' | 'warn' | 'log' | 'debug' | 'verbose')[];
}

/**
 * Our pages may frame only themselves (previews served by the API) and, in
 * direct mode, the object store's origin, which browsers also PUT uploads to
 * and load image and PDF previews from. Nobody may frame our pages.
 */
export function securityHeaders(config: AppConfig) {
  const storageOrigin = config.storage.publicUrl ? [new URL(config.storage.publicUrl).origin] : [];
  const connect = ["'self'", 'ws:', 'wss:', ...storageOrigin];
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:', ...storageOrigin],
        'connect-src': connect,
        'frame-src': ["'self'", ...storageOrigin],
        'frame-ancestors': ["'none'"],
        'object-src': ["'none'"],
        'upgrade-insecure-requests': config.production ? [] : null,
      },
    },
    // The API serves downloads cross-origin to nobody; keep the default same-origin.
    crossOriginEmbedderPolicy: false,
    hsts: config.production,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/** Turns body-parser failures (too large, malformed JSON) into coded GraphQL-shaped errors. */
function bodyErrors(error: { type?: string; status?: number } | undefined, _req: Request, res: Response, next: NextFunction) {
  if (!error) return next();
  if (error.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'The request is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  const message =
    error.type === JSON_TOO_DEEP
      ? (error as { message?: string }).message
      : error.type === 'charset.unsupported'
      ? 'The request body must be UTF-8'
      : error.type === 'encoding.unsupported'
        ? 'The request body is compressed in a way the API does not read (use gzip, or none)'
        : 'The request body is not valid JSON';
  res.status(error.status ?? 400).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}

function webDistDir(config: AppConfig): string | null {
  const candidates = [config.webDistDir, resolve('dist/web'), resolve(__dirname, '../../../../web')].filter(Boolean) as string[];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/** The built web client on the same port; unknown paths get index.html so client routes work on reload. */
function serveWebClient(app: INestApplication, config: AppConfig) {
  const dir = webDistDir(config);
  if (!dir) {
    new Logger('Web').warn('No built web client found (run "npm run build"); serving the API only');
    return;
  }
  // Source maps would hand out the client's source; production builds emit none, and a stray one is not served.
  if (config.production) app.use(refuseSourceMaps);
  app.use(precompressedStatic(dir));
  app.use(express.static(dir, { index: false, setHeaders: staticCacheControl }));
  const pageFor = firstPageFiles(dir);
  const render = config.serverRender ? serverRenderer({ webDir: dir, trustProxy: config.http.trustProxy, publicUrl: config.publicUrl }) : null;
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`))) return next();
    if (!req.accepts('html')) return next();
    if (!config.graphql.explorer && req.path.startsWith('/explorer')) return next();
    const page = pageFor(req.path);
    // The first pages come with their content to visitors who are not signed in: never kept by a shared cache.
    const html = render && req.method === 'GET' && page !== INDEX_PAGE ? await render(req, page) : null;
    if (html) {
      res.setHeader('Cache-Control', 'private, no-cache');
      res.vary('Cookie');
      res.type('html').send(html);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    // Without its content a page is index.html, whose scripts are preloaded (a first page's own HTML
    // preloads none: it is made to be filled).
    sendPrecompressed(req, res, dir, INDEX_PAGE, next);
  });
}

function refuseSourceMaps(req: Request, res: Response, next: NextFunction) {
  if (!req.path.endsWith('.map')) return next();
  res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found' } });
}
