import { availableParallelism } from 'node:os';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const optionalUrl = z.url().optional();
/** API processes: a whole number, or `auto` for one per CPU core the machine offers. */
const workerCount = z
  .string()
  .regex(/^(auto|0*[1-9]\d*)$/, 'must be a whole number of at least 1, or auto')
  .transform((value) => (value === 'auto' ? ('auto' as const) : Number(value)));

/**
 * Every setting the API reads from the environment, checked once at start-up.
 * A bad value stops the process with a message that names the variable.
 */
const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    API_WORKERS: workerCount.default(1),
    PUBLIC_URL: optionalUrl,
    DATA_DIR: z.string().min(1).default('./data'),
    WEB_DIST_DIR: z.string().optional(),

    DATABASE_URL: z.url().optional(),
    DATABASE_POOL_SIZE: positiveInt.default(10),
    EMBEDDED_POSTGRES_PORT: port.default(0),

    S3_ENDPOINT: optionalUrl,
    S3_ACCESS_KEY: z.string().optional(),
    S3_SECRET_KEY: z.string().optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid S3 bucket name')
      .default('community-hub'),
    S3_REGION: z.string().default('us-east-1'),
    S3_PUBLIC_URL: optionalUrl,
    EMBEDDED_S3_PORT: port.default(0),

    REDIS_URL: optionalUrl,

    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_TOKEN_TTL_HOURS: positiveInt.default(24 * 7),
    AUTH_RATE_LIMIT_PER_MINUTE: positiveInt.default(10),
    TRUST_PROXY: booleanFlag.default(false),
    CORS_ORIGIN: z.string().optional(),

    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
    DEMO_DATA: booleanFlag.default(true),

    TRANSFER_TOKEN_TTL_SECONDS: positiveInt.max(3600).default(900),
    MAX_UPLOAD_BYTES: positiveInt.default(100 * 1024 * 1024),
    UPLOAD_CLEANUP_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
    TEXT_EXTRACTION_MAX_BYTES: positiveInt.default(50 * 1024 * 1024),
    TEXT_EXTRACTION_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3),
    TEXT_EXTRACTION_RETRY_DELAY_SECONDS: positiveInt.max(86_400).default(30),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Community Hub <no-reply@communityhub.local>'),
    NOTIFICATION_SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
    JOBS_POLLING_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(600).default(2),
    MAX_REQUEST_BYTES: positiveInt.default(1024 * 1024),
    GRAPHQL_MAX_DEPTH: positiveInt.default(10),
    GRAPHQL_MAX_COMPLEXITY: positiveInt.default(2000),
    GRAPHQL_EXPLORER: booleanFlag.optional(),
    GRAPHQL_MAX_ALIASES: positiveInt.default(30),
    GRAPHQL_MAX_TOKENS: positiveInt.default(5000),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
    LOG_FORMAT: z.enum(['text', 'json']).optional(),
    LOG_REQUEST_IDS: z.enum(['auto', 'on', 'off']).default('auto'),
  })
  .superRefine((env, ctx) => {
    if (env.S3_ENDPOINT && (!env.S3_ACCESS_KEY || !env.S3_SECRET_KEY)) {
      for (const name of ['S3_ACCESS_KEY', 'S3_SECRET_KEY'] as const) {
        if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when S3_ENDPOINT is set' });
      }
    }
    if (env.S3_PUBLIC_URL && !env.S3_ENDPOINT) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_PUBLIC_URL'],
        message: 'needs S3_ENDPOINT: the embedded store checks no signatures, so it only works in proxy mode',
      });
    }
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'],
        message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
      });
    }
    if (env.NODE_ENV === 'production' && !env.AUTH_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'is required when NODE_ENV=production' });
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface AppConfig {
  env: Environment['NODE_ENV'];
  production: boolean;
  port: number;
  host: string;
  /** API processes sharing the port (API_WORKERS): 1 = this process serves, more = a primary forks that many workers. */
  workers: number;
  publicUrl?: string;
  dataDir: string;
  webDistDir?: string;
  database: { url?: string; poolSize: number; embeddedPort: number };
  storage: {
    endpoint?: string;
    accessKey?: string;
    secretKey?: string;
    bucket: string;
    region: string;
    /** When set, clients transfer bytes straight to storage with presigned URLs. */
    publicUrl?: string;
    embeddedPort: number;
    transferTokenTtlSeconds: number;
  };
  /** When set, live events travel over Redis pub/sub instead of PostgreSQL LISTEN/NOTIFY. */
  redisUrl?: string;
  auth: {
    secret?: string;
    tokenTtlHours: number;
    rateLimitPerMinute: number;
  };
  http: { trustProxy: boolean; corsOrigin?: string; maxRequestBytes: number };
  library: {
    maxUploadBytes: number;
    cleanupIntervalSeconds: number;
    /** Text extraction for search: larger files are skipped; failures are retried with backoff. */
    textExtraction: { maxInputBytes: number; retryLimit: number; retryDelaySeconds: number };
  };
  jobs: { pollingIntervalSeconds: number };
  /** Email: through SMTP_URL, or (unset) written to <dataDir>/mail as .eml files. Digests and reminders are swept every `sweepIntervalSeconds` (0: never; tests call the sweep). */
  mail: { smtpUrl?: string; from: string; sweepIntervalSeconds: number };
  admin?: { email: string; password: string };
  demoData: boolean;
  graphql: { maxDepth: number; maxComplexity: number; explorer: boolean; maxAliases: number; maxTokens: number };
  /** When set, `/metrics` wants `Authorization: Bearer <token>`. */
  metrics: { token?: string };
  logLevel: Environment['LOG_LEVEL'];
  /** JSON lines with request ids (default in production) or Nest's coloured text. */
  logFormat: 'text' | 'json';
  /** Request ids on every log line and job a request causes: `auto` = where the runtime makes it free (Node 24+). */
  logRequestIds: 'auto' | 'on' | 'off';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the environment. Empty strings count as unset. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value !== '') cleaned[key] = value;
  }
  const parsed = environmentSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.') || '(environment)';
        const value = typeof issue.path[0] === 'string' ? cleaned[issue.path[0]] : undefined;
        return `${name} ${issue.message}${value !== undefined ? ` (got "${value}")` : ''}`;
      }),
    );
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  return {
    env: env.NODE_ENV,
    production,
    port: env.PORT,
    host: env.HOST,
    workers: env.API_WORKERS === 'auto' ? availableParallelism() : env.API_WORKERS,
    publicUrl: env.PUBLIC_URL?.replace(/\/$/, ''),
    dataDir: env.DATA_DIR,
    webDistDir: env.WEB_DIST_DIR,
    database: { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, embeddedPort: env.EMBEDDED_POSTGRES_PORT },
    storage: {
      endpoint: env.S3_ENDPOINT,
      accessKey: env.S3_ACCESS_KEY,
      secretKey: env.S3_SECRET_KEY,
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      publicUrl: env.S3_PUBLIC_URL,
      embeddedPort: env.EMBEDDED_S3_PORT,
      transferTokenTtlSeconds: env.TRANSFER_TOKEN_TTL_SECONDS,
    },
    redisUrl: env.REDIS_URL,
    auth: {
      secret: env.AUTH_SECRET,
      tokenTtlHours: env.AUTH_TOKEN_TTL_HOURS,
      rateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    },
    http: { trustProxy: env.TRUST_PROXY, corsOrigin: env.CORS_ORIGIN, maxRequestBytes: env.MAX_REQUEST_BYTES },
    library: {
      maxUploadBytes: env.MAX_UPLOAD_BYTES,
      cleanupIntervalSeconds: env.UPLOAD_CLEANUP_INTERVAL_SECONDS,
      textExtraction: {
        maxInputBytes: env.TEXT_EXTRACTION_MAX_BYTES,
        retryLimit: env.TEXT_EXTRACTION_RETRY_LIMIT,
        retryDelaySeconds: env.TEXT_EXTRACTION_RETRY_DELAY_SECONDS,
      },
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, sweepIntervalSeconds: env.NOTIFICATION_SWEEP_INTERVAL_SECONDS },
    jobs: { pollingIntervalSeconds: env.JOBS_POLLING_INTERVAL_SECONDS },
    admin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined,
    demoData: env.DEMO_DATA,
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxComplexity: env.GRAPHQL_MAX_COMPLEXITY,
      explorer: env.GRAPHQL_EXPLORER ?? !production,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
    },
    metrics: { token: env.METRICS_TOKEN },
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT ?? (production ? 'json' : 'text'),
    logRequestIds: env.LOG_REQUEST_IDS,
  };
}

/** The injection token under which the checked config is provided. */
export const APP_CONFIG = Symbol('APP_CONFIG');
