import { ArgsType, Field, ID, Int, ObjectType, Query, Resolver, Args } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { type Caller, Connection, decodeCursor, encodeCursor, PageArgs, pageOf, type Page, DEFAULT_PAGE_SIZE } from '@community-hub/api-common';
import { CurrentCaller } from '@community-hub/api-auth';
import { NetworksService } from '../networks.service';

@ObjectType({ description: 'Someone with an account, as platform admins see them.' })
export class PlatformPerson {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  isPlatformAdmin: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Int, { description: 'Networks they are an active member of.' })
  networkCount: number;

  @Field({ description: 'Whether two-factor sign-in is on (a platform admin can reset it).' })
  twoFactorEnabled: boolean;
}

@ObjectType()
export class PlatformPersonConnection extends Connection(PlatformPerson) {}

@ArgsType()
export class PlatformPeopleArgs extends PageArgs {
  @Field({ nullable: true, description: 'Part of a name or email address.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

interface PersonRow {
  id: string;
  name: string;
  email: string;
  is_platform_admin: boolean;
  created_at: Date;
  network_count: number;
  two_factor_enabled: boolean;
}

/** Everyone with an account, newest first, for platform admins (one statement per page). */
@Injectable()
export class PlatformPeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly networks: NetworksService,
  ) {}

  async list(caller: Caller, args: PlatformPeopleArgs): Promise<Page<PlatformPerson>> {
    await this.networks.requirePlatformAdmin(caller);
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const search = args.search?.trim() ? `%${args.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const [afterAt, afterId] = args.after ? (decodeCursor(args.after, 2) as [string, string]) : [null, null];
    const where = `($1::text IS NULL OR lower(u.name) LIKE $1 OR u.email LIKE $1)`;
    const rows: PersonRow[] = await this.db.query(
      `SELECT u.id, u.name, u.email, u.is_platform_admin, u.created_at, u.two_factor_enabled_at IS NOT NULL AS two_factor_enabled,
              (SELECT count(*)::int FROM memberships m WHERE m.user_id = u.id AND m.status = 'ACTIVE') AS network_count
         FROM users u
        WHERE ${where} AND ($2::timestamptz IS NULL OR (u.created_at, u.id) < ($2::timestamptz, $3::uuid))
        ORDER BY u.created_at DESC, u.id DESC LIMIT $4`,
      [search, afterAt, afterId, first + 1],
    );
    const edges = rows.slice(0, first).map((r) => ({
      cursor: encodeCursor([r.created_at.toISOString(), r.id]),
      node: Object.assign(new PlatformPerson(), {
        id: r.id,
        name: r.name,
        email: r.email,
        isPlatformAdmin: r.is_platform_admin,
        createdAt: r.created_at,
        networkCount: r.network_count,
        twoFactorEnabled: r.two_factor_enabled,
      }),
    }));
    return pageOf(edges, rows.length > first, async () => {
      const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM users u WHERE ${where}`, [search]);
      return n;
    });
  }
}

@Resolver()
export class PlatformPeopleResolver {
  constructor(private readonly people: PlatformPeopleService) {}

  @Query(() => PlatformPersonConnection, { description: 'Platform admins: everyone with an account, newest first.' })
  async platformPeople(@CurrentCaller() caller: Caller, @Args() args: PlatformPeopleArgs): Promise<Page<PlatformPerson>> {
    return this.people.list(caller, args);
  }
}
