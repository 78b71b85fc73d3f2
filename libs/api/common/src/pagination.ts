import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many to return (1-${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when a client asks for it: a lazy getter, so reading it starts the count. */
  readonly totalCount: number | Promise<number>;
}

/** Builds a Relay-style connection type, e.g. `MembershipConnection`. */
export function Connection<T>(nodeType: Type<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many there are in all, across every page.' })
    totalCount: number | Promise<number>;
  }
  return ConnectionType;
}

type CursorValue = string | number;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the coded error below
  }
  throw badInput('The "after" cursor is not one this list gave out', [{ field: 'after', message: 'invalid cursor' }]);
}

export interface KeysetOrder<Row> {
  /** SQL expressions to order by, most significant first; the last must be unique (an id). */
  columns: string[];
  direction: 'ASC' | 'DESC';
  /** Reads the same values back from a row, to make its cursor. */
  cursorOf: (row: Row) => CursorValue[];
  /** For queries that add computed columns: builds the row from the entity and its raw result. */
  withRaw?: (entity: Row, raw: Record<string, unknown>) => Row;
}

/**
 * Keyset ("seek") pagination: stable under inserts and as fast on page 1,000 as
 * on page 1. One query for the page (first + 1 rows); the total only when asked for.
 */
export async function paginate<Row extends ObjectLiteral, Node = Row>(
  query: SelectQueryBuilder<Row>,
  args: PageArgs,
  order: KeysetOrder<Row>,
  toNode: (row: Row) => Node = (row) => row as unknown as Node,
): Promise<Page<Node>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const page = query.clone();
  if (args.after) {
    const values = decodeCursor(args.after, order.columns.length);
    const op = order.direction === 'DESC' ? '<' : '>';
    const params = Object.fromEntries(values.map((v, i) => [`cursor${i}`, v]));
    page.andWhere(`(${order.columns.join(', ')}) ${op} (${values.map((_, i) => `:cursor${i}`).join(', ')})`, params);
  }
  order.columns.forEach((column, i) =>
    i === 0 ? page.orderBy(column, order.direction) : page.addOrderBy(column, order.direction),
  );
  page.limit(first + 1);
  let rows: Row[];
  if (order.withRaw) {
    const { entities, raw } = await page.getRawAndEntities();
    rows = entities.map((entity, i) => order.withRaw!(entity, raw[i]));
  } else {
    rows = await page.getMany();
  }
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(order.cursorOf(row)), node: toNode(row) }));
  return pageOf(edges, hasNextPage, () => query.clone().orderBy().getCount());
}

/** A page built by a hand-written keyset query (see `paginate` for the query-builder kind). */
export function pageOf<T>(edges: Edge<T>[], hasNextPage: boolean, count: () => Promise<number>): Page<T> {
  let counting: Promise<number> | undefined;
  const pageInfo = { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage };
  return new PageWithLazyTotal(edges, edges.map((e) => e.node), pageInfo, () => (counting ??= count()));
}

/**
 * A page whose total is counted only when read: the first read starts the count.
 * A class, not a getter defined on each page object, which would turn every page
 * into a slow dictionary-mode object on the hot lists.
 */
class PageWithLazyTotal<T> implements Page<T> {
  constructor(
    readonly edges: Edge<T>[],
    readonly nodes: T[],
    readonly pageInfo: PageInfo,
    private readonly count: () => Promise<number> | number,
  ) {}

  get totalCount(): number | Promise<number> {
    return this.count();
  }
}

/** Turns a page of entities into a page of GraphQL models. */
export function mapPage<E, M>(page: Page<E>, toModel: (entity: E) => M): Page<M> {
  const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: toModel(edge.node) }));
  // Keeps the total lazy: reading it here would run the count for every page.
  return new PageWithLazyTotal(edges, edges.map((e) => e.node), page.pageInfo, () => page.totalCount);
}
