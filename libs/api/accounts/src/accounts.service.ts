import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import argon2 from 'argon2';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import {
  badInput,
  byKeys,
  conflict,
  DomainError,
  ErrorCode,
  isUniqueViolation,
  requestLoader,
  type RequestContext,
  unauthenticated,
} from '@community-hub/api-common';
import { isValidEmail, normaliseEmail } from '@community-hub/shared-validation';
import { UserEntity } from './entities/user.entity';

const USERS_BY_ID = Symbol('users-by-id');

// OWASP's argon2id baseline (19 MiB, 2 passes) keeps a login under ~50 ms on a small server.
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);
  // Compared against when the email is unknown, so both paths take the same time.
  private readonly dummyHash = argon2.hash('not-a-real-password', HASH_OPTIONS);

  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async register(input: { email: string; password: string; name: string }): Promise<UserEntity> {
    const email = normaliseEmail(input.email);
    const name = input.name.trim();
    if (!isValidEmail(email)) {
      throw badInput('That does not look like an email address', [{ field: 'email', message: 'invalid email' }]);
    }
    if (!name) throw badInput('Please give your name', [{ field: 'name', message: 'must not be empty' }]);
    if (await this.users.exists({ where: { email } })) throw this.emailTaken();
    const passwordHash = await argon2.hash(input.password, HASH_OPTIONS);
    try {
      return await this.users.save(this.users.create({ email, name, passwordHash }));
    } catch (error) {
      // Two sign-ups with the same email at once: the unique index decides.
      if (isUniqueViolation(error)) {
        throw this.emailTaken();
      }
      throw error;
    }
  }

  async verifyCredentials(emailInput: string, password: string): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { email: normaliseEmail(emailInput) } });
    const ok = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), password);
    if (!user || !ok) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Email or password is not right');
    return user;
  }

  async findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id } });
  }

  async requireById(id: string): Promise<UserEntity> {
    const user = await this.findById(id);
    if (!user) throw unauthenticated('Your account no longer exists; please sign in again');
    return user;
  }

  async updateName(id: string, name: string): Promise<UserEntity> {
    const trimmed = name.trim();
    if (!trimmed) throw badInput('Please give your name', [{ field: 'name', message: 'must not be empty' }]);
    const user = await this.requireById(id);
    user.name = trimmed;
    return this.users.save(user);
  }

  /** Makes sure the configured platform admin exists, can sign in with the configured password, and is admin. */
  async ensurePlatformAdmin(emailInput: string, password: string): Promise<UserEntity> {
    const email = normaliseEmail(emailInput);
    const existing = await this.users.findOne({ where: { email } });
    if (existing) {
      const samePassword = await argon2.verify(existing.passwordHash, password);
      if (!existing.isPlatformAdmin || !samePassword) {
        existing.isPlatformAdmin = true;
        if (!samePassword) existing.passwordHash = await argon2.hash(password, HASH_OPTIONS);
        await this.users.save(existing);
        this.logger.log(`Platform admin ${email} updated from ADMIN_EMAIL/ADMIN_PASSWORD`);
      }
      return existing;
    }
    const created = await this.users.save(
      this.users.create({ email, name: 'Platform admin', passwordHash: await argon2.hash(password, HASH_OPTIONS), isPlatformAdmin: true }),
    );
    this.logger.log(`Platform admin ${email} created from ADMIN_EMAIL/ADMIN_PASSWORD`);
    return created;
  }

  /** Used by seeders: creates the account if missing, leaves it alone otherwise. */
  async ensureUser(input: { email: string; password: string; name: string }): Promise<UserEntity> {
    const existing = await this.users.findOne({ where: { email: normaliseEmail(input.email) } });
    return existing ?? this.register(input);
  }

  /** Users by id without their password hashes (for names and ids in responses). */
  async findManyPublic(ids: readonly string[]): Promise<UserEntity[]> {
    return this.users.find({ where: { id: In([...ids]) }, select: { id: true, name: true, email: true, isPlatformAdmin: true, createdAt: true } });
  }

  usersById(context: Pick<RequestContext, 'loaders'>): DataLoader<string, UserEntity | null> {
    return requestLoader(context, USERS_BY_ID, () =>
      new DataLoader(async (ids: readonly string[]) =>
        byKeys(ids, await this.findManyPublic(ids), (u) => u.id),
      ),
    );
  }

  private emailTaken() {
    return conflict('An account with that email already exists. Try signing in instead.');
  }
}
