import 'reflect-metadata';
import type { INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { AccountRecoveryService, AccountsService, AccountTokenPurpose } from '@community-hub/api-accounts';
import { DomainError, type Caller } from '@community-hub/api-common';
import { loadConfig } from '@community-hub/api-config';
import { MembershipRole, NetworkVisibility, NetworksService, OrganisationKind, OrganisationsService } from '@community-hub/api-networks';
import { AppModule } from '../../src/app.module';
import { createMigratedDatabase, dropDatabase, PASSWORD, uniqueName } from './test-app';

/**
 * "Medium" tests (as Immich's): the product's services, wired by Nest from the app's
 * own module, against a real PostgreSQL database (a copy of the migrated template) and
 * the shared S3-compatible server, called directly: no HTTP, no GraphQL. A rule is
 * tested where it lives, and a denial is the service's own DomainError.
 */
export interface MediumTest {
  context: INestApplicationContext;
  dataSource: DataSource;
  databaseName: string;
  /** A service (or any provider) of the app. */
  get<T>(token: Type<T>): T;
  /** A new account, made by AccountsService.register as sign-up makes it. */
  /** Verified (as by following the emailed link) unless `verified: false`. */
  user(name?: string, options?: { verified?: boolean }): Promise<MediumUser>;
  /** The platform admin, made as start-up makes it from ADMIN_EMAIL/ADMIN_PASSWORD. */
  platformAdmin(): Promise<MediumUser>;
  /** A network with one person in every role, built through NetworksService as people would. */
  network(visibility?: 'PUBLIC' | 'PRIVATE'): Promise<MediumNetwork>;
  /** An organisation the user represents, listed in the network when given. */
  organisation(owner: MediumUser, name: string, networkId?: string): Promise<string>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export interface MediumUser extends Caller {
  userId: string;
  name: string;
  email: string;
}

export interface MediumNetwork {
  networkId: string;
  slug: string;
  /** Created the network, so its first admin. */
  creator: MediumUser;
  admin: MediumUser;
  coordinator: MediumUser;
  member: MediumUser;
  /** Asked to join a private network, not yet approved (no membership in a public one). */
  pending: MediumUser;
  suspended: MediumUser;
  outsider: MediumUser;
  memberships: Record<'admin' | 'coordinator' | 'member' | 'pending' | 'suspended', string>;
}

let people = 0;

export async function startMediumTest(env: Record<string, string> = {}): Promise<MediumTest> {
  const databaseName = uniqueName('m');
  const databaseUrl = await createMigratedDatabase(databaseName);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: mkdtempSync(join(process.env.TEST_TMP_DIR ?? '/tmp', 'medium-')),
    DEMO_DATA: 'false',
    AUTH_SECRET: 'medium-tests-secret-0123456789abcdef0123',
    // Test accounts are minutes old: newcomers' posting limits only where a test asks for them.
    NEWCOMER_DAYS: '0',
    S3_BUCKET: uniqueName('b').replace(/_/g, '-'),
    ...env,
  });
  const storage = {
    endpoint: process.env.TEST_S3_ENDPOINT!,
    accessKey: process.env.TEST_S3_ACCESS_KEY ?? 'S3RVER',
    secretKey: process.env.TEST_S3_SECRET_KEY ?? 'S3RVER',
  };
  let context: INestApplicationContext;
  try {
    context = await NestFactory.createApplicationContext(AppModule.forRoot({ config, databaseUrl, storage }), {
      logger: ['error'],
      abortOnError: false,
    });
  } catch (error) {
    await dropDatabase(databaseName);
    throw error;
  }
  const get = <T>(token: Type<T>): T => context.get(token, { strict: false });
  const dataSource = context.get<DataSource>(getDataSourceToken());
  const accounts = get(AccountsService);
  const networks = get(NetworksService);
  const organisations = get(OrganisationsService);
  const asUser = (user: { id: string; name: string; email: string }): MediumUser => ({ userId: user.id, name: user.name, email: user.email });

  const test: MediumTest = {
    context,
    dataSource,
    databaseName,
    get,
    async user(name = `Person ${++people}`, options: { verified?: boolean } = {}) {
      const user = await accounts.register({ email: `${uniqueName('user')}@example.org`, password: PASSWORD, name });
      // As the emailed link does: a token issued for the address, then followed (unless the test wants an unverified person).
      if (options.verified !== false) {
        const recovery = get(AccountRecoveryService);
        await recovery.verifyEmail(await recovery.issueToken(user.id, AccountTokenPurpose.EMAIL_VERIFICATION, user.email));
      }
      return asUser(user);
    },
    async platformAdmin() {
      return asUser(await accounts.ensurePlatformAdmin('platform-admin@example.org', 'platform-admin-password'));
    },
    async network(visibility = 'PRIVATE') {
      const creator = await test.platformAdmin();
      const slug = `net-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const network = await networks.create(creator, {
        slug,
        name: `Network ${slug}`,
        description: 'Medium test network',
        visibility: visibility === 'PUBLIC' ? NetworkVisibility.PUBLIC : NetworkVisibility.PRIVATE,
      });
      const cast = {
        admin: await test.user('Ada Admin'),
        coordinator: await test.user('Cora Coordinator'),
        member: await test.user('Mel Member'),
        pending: await test.user('Pat Pending'),
        suspended: await test.user('Sid Suspended'),
        outsider: await test.user('Olly Outsider'),
      };
      const memberships = {} as MediumNetwork['memberships'];
      for (const role of ['admin', 'coordinator', 'member', 'pending', 'suspended'] as const) {
        const joined = await networks.join(cast[role], network.id);
        memberships[role] = joined.id;
        if (role !== 'pending') await networks.approve(creator, joined.id);
      }
      await networks.setRole(creator, memberships.admin, MembershipRole.ADMIN);
      await networks.setRole(creator, memberships.coordinator, MembershipRole.COORDINATOR);
      await networks.suspend(creator, memberships.suspended);
      // In a public network joining is immediate, so "pending" cannot exist there: that person leaves again.
      if (visibility === 'PUBLIC') await networks.leave(cast.pending, network.id);
      return { networkId: network.id, slug, creator, ...cast, memberships };
    },
    async organisation(owner, name, networkId) {
      const organisation = await organisations.create(owner, {
        name,
        kind: OrganisationKind.VOLUNTARY,
        description: '',
        areasServed: [],
        ...(networkId ? { networkId } : {}),
      });
      return organisation.id;
    },
    async count(table) {
      const rows: { n: number }[] = await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
      return rows[0].n;
    },
    async close() {
      await context.close();
      await dropDatabase(databaseName);
    },
  };
  return test;
}

/**
 * The DomainError a call fails with (its code and message), so a test can say which
 * denial it expects: `expect(await refusal(promise)).toMatchObject({ code: 'FORBIDDEN' })`.
 * Anything else (success, or another kind of error) fails the test.
 */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; extensions: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, message: error.message, extensions: error.extensions };
    throw error;
  }
  throw new Error('Expected the call to be refused, but it succeeded');
}

/** A fresh request's context for a person: what resolvers hand to services that batch through per-request loaders. */
export function requestOf(user: Caller | null): { caller: Caller | null; loaders: Map<symbol, unknown> } {
  return { caller: user, loaders: new Map() };
}
