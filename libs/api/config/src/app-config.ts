import { readFileSync } from 'node:fs';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const optionalUrl = z.url().optional();

/**
 * Every setting the API reads from the environment, checked once at start-up.
 * A bad value stops the process with a message that names the variable.
 */
const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    // Removed: one process per instance. Refused rather than ignored, so a deployment that asked for more processes learns it now runs one.
    API_WORKERS: z
      .string()
      .regex(/^1$/, 'was removed: run several instances behind a load balancer instead (README, "Several instances")')
      .optional(),
    PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    WEB_DIST_DIR: z.string().optional(),
    SERVER_RENDER: booleanFlag.default(true),

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
    AUTH_SECRET_PREVIOUS: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_TOKEN_TTL_HOURS: positiveInt.default(24 * 7),
    AUTH_RATE_LIMIT_PER_MINUTE: positiveInt.default(10),
    SECURITY_LOG_RETENTION_MONTHS: positiveInt.max(120).default(12),
    EXPIRED_SESSION_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(7),
    ADMIN_REQUIRE_TWO_FACTOR: booleanFlag.optional(),
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_BUTTON_LABEL: z.string().min(1).max(60).default('Sign in with your organisation'),
    TRUST_PROXY: booleanFlag.default(false),
    CORS_ORIGIN: z.string().optional(),

    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
    DEMO_DATA: booleanFlag.default(true),

    TRANSFER_TOKEN_TTL_SECONDS: positiveInt.max(3600).default(900),
    MAX_UPLOAD_BYTES: positiveInt.default(100 * 1024 * 1024),
    UPLOAD_CLEANUP_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
    TEXT_EXTRACTION_MAX_BYTES: positiveInt.default(50 * 1024 * 1024),
    LIBRARY_IMPORT_MAX_ENTRIES: positiveInt.default(10_000),
    LIBRARY_IMPORT_MAX_BYTES: positiveInt.default(4 * 1024 * 1024 * 1024),
    LIBRARY_IMPORT_MAX_RATIO: positiveInt.default(100),
    TEXT_EXTRACTION_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3),
    TEXT_EXTRACTION_RETRY_DELAY_SECONDS: positiveInt.max(86_400).default(30),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Community Hub <no-reply@communityhub.local>'),
    MAIL_DKIM_DOMAIN: z.string().regex(/^[a-z0-9.-]+$/i, 'must be a domain name').optional(),
    MAIL_DKIM_SELECTOR: z.string().regex(/^[a-z0-9._-]+$/i, 'must be a DNS label').optional(),
    MAIL_DKIM_PRIVATE_KEY: z.string().min(1).optional(),
    MAIL_BULK_PER_MINUTE: positiveInt.default(120),
    INBOUND_EMAIL_DOMAIN: z.string().regex(/^[a-z0-9.-]+$/i, 'must be a domain name').optional(),
    INBOUND_SMTP_PORT: port.optional(),
    INBOUND_SMTP_HOST: z.string().min(1).optional(),
    INBOUND_EMAIL_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    INBOUND_MAX_BYTES: positiveInt.default(25 * 1024 * 1024),
    INBOUND_TRUSTED_RELAYS: z.string().optional(),
    INBOUND_VERIFY_DMARC: booleanFlag.default(false),
    INBOUND_DNS_TIMEOUT_MS: positiveInt.max(30_000).default(3000),
    INVITATION_EMAILS_PER_MINUTE: positiveInt.max(6000).default(60),
    NOTIFICATION_SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
    NOTIFICATION_RETENTION_MONTHS: positiveInt.max(1200).default(12),
    JOBS_POLLING_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(600).default(2),
    NEWCOMER_DAYS: z.coerce.number().min(0).max(365).default(3),
    NEWCOMER_POSTS_PER_HOUR: z.coerce.number().int().min(1).default(10),
    NEWCOMER_LINKS_PER_HOUR: z.coerce.number().int().min(0).default(5),
    REPORT_RETENTION_MONTHS: z.coerce.number().int().min(1).default(24),
    DATA_EXPORT_TTL_DAYS: positiveInt.max(90).default(7),
    DATA_EXPORT_PURGE_CRON: z.string().min(9).default('30 3 * * *'),
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
    const dkim = ['MAIL_DKIM_DOMAIN', 'MAIL_DKIM_SELECTOR', 'MAIL_DKIM_PRIVATE_KEY'] as const;
    if (dkim.some((name) => env[name]) && !dkim.every((name) => env[name])) {
      for (const name of dkim) {
        if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'MAIL_DKIM_DOMAIN, MAIL_DKIM_SELECTOR and MAIL_DKIM_PRIVATE_KEY must be set together' });
      }
    }
    if (env.OIDC_ISSUER && (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET)) {
      for (const name of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
        if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when OIDC_ISSUER is set' });
      }
    }
    // Production needs these two and nothing else: a signing secret, and the address links are built from
    // (never the request's Host header, which anyone can set and a shared cache would keep).
    for (const name of ['AUTH_SECRET', 'PUBLIC_URL'] as const) {
      if (env.NODE_ENV === 'production' && !env[name]) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'is required when NODE_ENV=production' });
      }
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface AppConfig {
  env: Environment['NODE_ENV'];
  production: boolean;
  port: number;
  host: string;
  /** PUBLIC_URL as set (always in production); see `publicBaseUrl` for the address links use. */
  publicUrl?: string;
  dataDir: string;
  webDistDir?: string;
  /** Pages' HTML rendered by the API (apps/api/src/http/server-render.ts) when the web build has the renderer. */
  serverRender: boolean;
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
    /** While rotating AUTH_SECRET: tokens signed with the old secret still verify (nothing new is signed with it). */
    previousSecret?: string;
    tokenTtlHours: number;
    rateLimitPerMinute: number;
    /** Security log entries older than this are purged nightly. */
    securityLogRetentionMonths: number;
    /** Sessions that expired (or ended) longer ago than this are purged nightly. */
    expiredSessionRetentionDays: number;
    /** Platform admins must turn on two-factor sign-in before admin-only operations (default: on in production). */
    adminRequireTwoFactor: boolean;
    /** Sign-in through an OpenID Connect provider; unset: the button is not shown. */
    oidc?: { issuer: string; clientId: string; clientSecret: string; buttonLabel: string };
  };
  http: { trustProxy: boolean; corsOrigin?: string; maxRequestBytes: number };
  library: {
    maxUploadBytes: number;
    cleanupIntervalSeconds: number;
    /** Text extraction for search: larger files are skipped; failures are retried with backoff. */
    textExtraction: { maxInputBytes: number; retryLimit: number; retryDelaySeconds: number };
    /**
     * Importing a zip: at most `maxEntries` entries, their files adding up to at most
     * `maxTotalBytes` (the zip itself too), and no entry (nor the whole) compressed
     * more than `maxRatio` to 1.
     */
    import: { maxEntries: number; maxTotalBytes: number; maxRatio: number };
  };
  jobs: { pollingIntervalSeconds: number };
  /** Reporting and moderation: newcomers' limits (accounts younger than `newcomerDays`) and how long resolved reports are kept. */
  safety: { newcomerDays: number; newcomerPostsPerHour: number; newcomerLinksPerHour: number; reportRetentionMonths: number };
  /** A person's data export: its link works `exportTtlDays`; the purge (a cron, UTC) removes expired zips. */
  privacy: { exportTtlDays: number; exportPurgeCron: string };
  /** Email: through SMTP_URL, or (unset) written to <dataDir>/mail as .eml files. Digests and reminders are swept every `sweepIntervalSeconds` (0: never; tests call the sweep). */
  mail: {
    smtpUrl?: string;
    from: string;
    sweepIntervalSeconds: number;
    /** DKIM signing of every outgoing email (nodemailer's own), when a key is configured. */
    dkim?: { domainName: string; keySelector: string; privateKey: string };
    /** Bulk sends (digests, mailing-list copies, invitations) at most this many a minute per process. */
    bulkPerMinute: number;
  };
  /**
   * Email in: replies and new threads by email. `domain` is the Reply-To domain (INBOUND_EMAIL_DOMAIN, else
   * PUBLIC_URL's host); the SMTP listener runs only when `smtpPort` is set; `POST /email/inbound` only with `token`.
   */
  inbound: {
    domain: string;
    smtpPort?: number;
    smtpHost: string;
    token?: string;
    maxBytes: number;
    trustedRelays: string[];
    /** Check DMARC (mailauth, DNS lookups cut off after `dnsTimeoutMs`) of mail the SMTP listener takes straight from the sender's server. */
    verifyDmarc: boolean;
    dnsTimeoutMs: number;
  };
  /** Network invitation emails: a bulk invitation is sent at most this many a minute. */
  invitations: { emailsPerMinute: number };
  /** Notifications older than this many months are deleted by a nightly job. */
  notificationRetentionMonths: number;
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
    publicUrl: env.PUBLIC_URL?.replace(/\/$/, ''),
    dataDir: env.DATA_DIR,
    webDistDir: env.WEB_DIST_DIR,
    serverRender: env.SERVER_RENDER,
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
      previousSecret: env.AUTH_SECRET_PREVIOUS,
      tokenTtlHours: env.AUTH_TOKEN_TTL_HOURS,
      rateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
      securityLogRetentionMonths: env.SECURITY_LOG_RETENTION_MONTHS,
      expiredSessionRetentionDays: env.EXPIRED_SESSION_RETENTION_DAYS,
      adminRequireTwoFactor: env.ADMIN_REQUIRE_TWO_FACTOR ?? production,
      oidc:
        env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
          ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, buttonLabel: env.OIDC_BUTTON_LABEL }
          : undefined,
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
      import: { maxEntries: env.LIBRARY_IMPORT_MAX_ENTRIES, maxTotalBytes: env.LIBRARY_IMPORT_MAX_BYTES, maxRatio: env.LIBRARY_IMPORT_MAX_RATIO },
    },
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      sweepIntervalSeconds: env.NOTIFICATION_SWEEP_INTERVAL_SECONDS,
      dkim:
        env.MAIL_DKIM_DOMAIN && env.MAIL_DKIM_SELECTOR && env.MAIL_DKIM_PRIVATE_KEY
          ? { domainName: env.MAIL_DKIM_DOMAIN, keySelector: env.MAIL_DKIM_SELECTOR, privateKey: readKey(env.MAIL_DKIM_PRIVATE_KEY) }
          : undefined,
      bulkPerMinute: env.MAIL_BULK_PER_MINUTE,
    },
    inbound: {
      domain: (env.INBOUND_EMAIL_DOMAIN ?? (env.PUBLIC_URL ? new URL(env.PUBLIC_URL).hostname : 'localhost')).toLowerCase(),
      smtpPort: env.INBOUND_SMTP_PORT,
      smtpHost: env.INBOUND_SMTP_HOST ?? env.HOST,
      token: env.INBOUND_EMAIL_TOKEN,
      maxBytes: env.INBOUND_MAX_BYTES,
      trustedRelays: (env.INBOUND_TRUSTED_RELAYS ?? '')
        .split(',')
        .map((relay) => relay.trim().toLowerCase())
        .filter(Boolean),
      verifyDmarc: env.INBOUND_VERIFY_DMARC,
      dnsTimeoutMs: env.INBOUND_DNS_TIMEOUT_MS,
    },
    notificationRetentionMonths: env.NOTIFICATION_RETENTION_MONTHS,
    jobs: { pollingIntervalSeconds: env.JOBS_POLLING_INTERVAL_SECONDS },
    invitations: { emailsPerMinute: env.INVITATION_EMAILS_PER_MINUTE },
    safety: {
      newcomerDays: env.NEWCOMER_DAYS,
      newcomerPostsPerHour: env.NEWCOMER_POSTS_PER_HOUR,
      newcomerLinksPerHour: env.NEWCOMER_LINKS_PER_HOUR,
      reportRetentionMonths: env.REPORT_RETENTION_MONTHS,
    },
    privacy: { exportTtlDays: env.DATA_EXPORT_TTL_DAYS, exportPurgeCron: env.DATA_EXPORT_PURGE_CRON },
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

/** A PEM key given inline (with `\\n` for line breaks, as env files allow) or as the path of a file holding it. */
function readKey(value: string): string {
  if (value.includes('-----BEGIN')) return value.replace(/\\n/g, '\n');
  return readFileSync(value, 'utf8');
}

/**
 * The address people reach the hub at, for links the API writes (calendar feeds,
 * emails): PUBLIC_URL, required in production; elsewhere http://localhost:PORT.
 * Never the request's Host header.
 */
export function publicBaseUrl(config: Pick<AppConfig, 'publicUrl' | 'port'>): string {
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

/** The injection token under which the checked config is provided. */
export const APP_CONFIG = Symbol('APP_CONFIG');
