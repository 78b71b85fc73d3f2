import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { DataSource } from 'typeorm';
import { AccountRecoveryService, AccountTokenPurpose } from '@community-hub/api-accounts';
import { type AppConfig, loadConfig } from '@community-hub/api-config';
import { normaliseEmail } from '@community-hub/shared-validation';
import { createApp } from '../../src/create-app';
import { templateDatabase } from './template-database';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: string[] }[];
  headers: Headers;
}

export interface TestUser {
  id: string;
  token: string;
  email: string;
  name: string;
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  databaseUrl: string;
  databaseName: string;
  dataSource: DataSource;
  config: AppConfig;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Signs up over GraphQL, then confirms the address as the emailed link does (unless `verified: false`). */
  register(name?: string, extra?: { email?: string; verified?: boolean }): Promise<TestUser>;
  /** Confirms a person's address through the service the emailed link leads to (a token issued, then followed). */
  verify(userId: string, email: string): Promise<void>;
  login(email: string, password: string): Promise<TestUser>;
  ws(token?: string): WsClient;
  /** Counts rows, for "nothing was written" assertions. */
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export const PASSWORD = 'correct horse battery';
let counter = 0;

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run through jest.config.cjs (global setup starts PostgreSQL)');
  return url;
}

export function databaseUrlFor(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** An empty database (for tests of the migrations themselves, restores and the like). */
export async function createDatabase(name: string): Promise<string> {
  return createDatabaseAs(name, 'empty');
}

/** A database with every migration already applied, copied from the run's template (see template-database.ts). */
export async function createMigratedDatabase(name: string): Promise<string> {
  return createDatabaseAs(name, 'migrated');
}

async function createDatabaseAs(name: string, kind: 'empty' | 'migrated'): Promise<string> {
  const template = kind === 'migrated' ? ` TEMPLATE "${await templateDatabase(adminUrl())}"` : '';
  const client = new PgClient({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"${template}`);
  } finally {
    await client.end();
  }
  return databaseUrlFor(name);
}

export async function dropDatabase(name: string): Promise<void> {
  const client = new PgClient({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`.toLowerCase();
}

/**
 * Boots the real app on a random port with its own fresh database (a copy of the
 * migrated template, or an empty one the app migrates with `emptyDatabase`) and its
 * own bucket on the shared S3-compatible server.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: {
    databaseName?: string;
    /** A database on another server (kept on close), e.g. one a fault test stops and starts. */
    databaseUrl?: string;
    /** Another S3-compatible server than the shared one. */
    storage?: { endpoint: string; accessKey: string; secretKey: string };
    /** Listen on this port (e.g. to restart an instance where its clients reconnect); default: any free one. */
    port?: number;
    /** Log at LOG_LEVEL as the app would (default: errors only). */
    logs?: boolean;
    /** Start from an empty database, so the app runs every migration itself (default: a copy of the migrated template). */
    emptyDatabase?: boolean;
  } = {},
): Promise<TestApp> {
  const databaseName = options.databaseUrl ? new URL(options.databaseUrl).pathname.slice(1) : (options.databaseName ?? uniqueName('t'));
  const keepDatabase = Boolean(options.databaseName || options.databaseUrl);
  const databaseUrl =
    options.databaseUrl ??
    (options.databaseName
      ? databaseUrlFor(databaseName)
      : options.emptyDatabase
        ? await createDatabase(databaseName)
        : await createMigratedDatabase(databaseName));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: mkdtempSync(join(process.env.TEST_TMP_DIR ?? '/tmp', 'app-')),
    DEMO_DATA: 'false',
    AUTH_SECRET: 'integration-tests-secret-0123456789abcdef',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    // Test accounts are minutes old: newcomers' posting limits only where a test asks for them.
    NEWCOMER_DAYS: '0',
    S3_BUCKET: uniqueName('b').replace(/_/g, '-'),
    ...env,
  });
  const storage = options.storage ?? {
    endpoint: process.env.TEST_S3_ENDPOINT!,
    accessKey: process.env.TEST_S3_ACCESS_KEY ?? 'S3RVER',
    secretKey: process.env.TEST_S3_SECRET_KEY ?? 'S3RVER',
  };
  const app = await createApp({ config, databaseUrl, storage, quiet: !options.logs });
  await app.listen(options.port ?? 0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const wsClients: WsClient[] = [];

  const gql: TestApp['gql'] = async (query, variables = {}, token, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: GqlResult['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  };

  const signIn = (result: GqlResult, field: 'register' | 'login', email: string, name: string): TestUser => {
    if (result.errors) throw new Error(`${field} failed: ${JSON.stringify(result.errors)}`);
    const payload = result.data[field];
    return { id: payload.user.id, token: payload.token, email, name };
  };

  const testApp: TestApp = {
    app,
    url,
    databaseUrl,
    databaseName,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    config,
    gql,
    async register(name = `Person ${++counter}`, extra = {}) {
      const email = extra.email ?? `${uniqueName('user')}@example.org`;
      const result = await gql(
        'mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }',
        { input: { email, password: PASSWORD, name } },
      );
      const user = signIn(result, 'register', email, name);
      if (extra.verified !== false) await testApp.verify(user.id, email);
      return user;
    },
    async verify(userId, email) {
      const recovery = app.get(AccountRecoveryService, { strict: false });
      await recovery.verifyEmail(await recovery.issueToken(userId, AccountTokenPurpose.EMAIL_VERIFICATION, normaliseEmail(email)));
    },
    async login(email, password) {
      const result = await gql('mutation($input: LoginInput!) { login(input: $input) { token user { id name } } }', {
        input: { email, password },
      });
      return signIn(result, 'login', email, result.data?.login?.user?.name ?? '');
    },
    ws(token) {
      const client = createClient({
        url: `${url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
      wsClients.push(client);
      return client;
    },
    async count(table) {
      const rows = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
      return rows[0].n;
    },
    async close() {
      for (const client of wsClients) await client.dispose();
      await app.close();
      if (!keepDatabase) await dropDatabase(databaseName);
    },
  };
  return testApp;
}

/** Subscribes and collects events; `next(n)` waits for the n-th event (or times out). */
export function collect<T = any>(client: WsClient, query: string, variables: Record<string, unknown>) {
  const events: T[] = [];
  const errors: unknown[] = [];
  let completed = false;
  const waiters: (() => void)[] = [];
  const notify = () => waiters.splice(0).forEach((w) => w());
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        else events.push(value.data as T);
        notify();
      },
      error: (error) => {
        errors.push(error);
        notify();
      },
      complete: () => {
        completed = true;
        notify();
      },
    },
  );
  const until = async (predicate: () => boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!predicate() && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return predicate();
  };
  return {
    events,
    errors,
    get completed() {
      return completed;
    },
    next: (n = events.length + 1, timeoutMs = 5000) => until(() => events.length >= n, timeoutMs),
    settled: (timeoutMs = 5000) => until(() => completed || errors.length > 0, timeoutMs),
    unsubscribe,
  };
}

/** Waits until the server has registered the subscription (there is no ack per operation in the protocol). */
export const tick = (ms = 200) => new Promise((resolve) => setTimeout(resolve, ms));
