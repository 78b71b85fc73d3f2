import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { graphql, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { isPlainPropertyReader, MayBePromise, readPlainFieldsDirectly } from './plain-fields';

@ObjectType()
class Item {
  @Field()
  title: string;

  @Field(() => Int, { nullable: true, defaultValue: 7 })
  rank?: number;

  @Field(() => String, { name: 'shown', nullable: true })
  hidden?: string;

  @Field(() => Int)
  @MayBePromise()
  total: number | Promise<number>;

  @Field(() => String, { nullable: true })
  get shout(): string {
    return this.title.toUpperCase();
  }
}

let resolverCalls = 0;

@Resolver(() => Item)
class ItemResolver {
  @Query(() => [Item])
  items(): Item[] {
    const make = (title: string, extra: Partial<Item>) => Object.assign(new Item(), { title, total: Promise.resolve(title.length), ...extra });
    return [make('one', { rank: 1, hidden: 'h1' }), make('two', {})];
  }

  @ResolveField(() => String)
  label(@Parent() item: Item): string {
    resolverCalls++;
    return `label ${item.title}`;
  }
}

/**
 * The schema as Nest's code-first builder makes it: every field gets Nest's property
 * reader; then, as GraphQLModule does when it merges the resolvers, `items` and `label`
 * get their `@Query` and `@ResolveField` (stand-ins here for Nest's wrapped methods).
 */
async function nestSchema(): Promise<GraphQLSchema> {
  const context = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await context.get(GraphQLSchemaFactory).create([ItemResolver]);
    const resolver = new ItemResolver();
    schema.getQueryType()!.getFields().items.resolve = () => resolver.items();
    (schema.getType('Item') as GraphQLObjectType).getFields().label.resolve = (item: Item) => resolver.label(item);
    return schema;
  } finally {
    await context.close();
  }
}

const QUERY = '{ items { title rank shown total shout label } }';

async function runBoth(schema: GraphQLSchema) {
  const viaJs = await graphql({ schema, source: QUERY, rootValue: {} });
  const compiled = compileQuery(schema, parse(QUERY));
  if (!isCompiledQuery(compiled)) throw new Error('did not compile');
  const viaJit = await compiled.query({}, {}, {});
  return { viaJs, viaJit };
}

describe('readPlainFieldsDirectly', () => {
  it('takes Nest’s reader off plain fields only: not a default, a renamed property, @MayBePromise or a real resolver', async () => {
    const schema = await nestSchema();
    const item = schema.getType('Item') as GraphQLObjectType;
    const before = Object.fromEntries(Object.entries(item.getFields()).map(([name, field]) => [name, field.resolve]));
    readPlainFieldsDirectly(schema);
    const fields = item.getFields();
    expect(fields.title.resolve).toBeUndefined();
    expect(fields.shout.resolve).toBeUndefined();
    expect(fields.rank.resolve).toBe(before.rank);
    expect(fields.shown.resolve).toBe(before.shown);
    expect(fields.total.resolve).toBe(before.total);
    expect(fields.label.resolve).toBe(before.label);
    expect(before.title).toBeDefined();
  });

  it('answers exactly as before on graphql-js and graphql-jit (defaults, renamed fields, getters, promises, resolvers)', async () => {
    const untouched = await runBoth(await nestSchema());
    const transformed = await runBoth(readPlainFieldsDirectly(await nestSchema()));
    const expected = {
      data: {
        items: [
          { title: 'one', rank: 1, shown: 'h1', total: 3, shout: 'ONE', label: 'label one' },
          { title: 'two', rank: 7, shown: null, total: 3, shout: 'TWO', label: 'label two' },
        ],
      },
    };
    resolverCalls = 0;
    for (const result of [untouched.viaJs, untouched.viaJit, transformed.viaJs, transformed.viaJit]) {
      expect(JSON.parse(JSON.stringify(result))).toEqual(expected);
    }
  });

  it('still runs the real resolver for each row', async () => {
    resolverCalls = 0;
    const { viaJs, viaJit } = await runBoth(readPlainFieldsDirectly(await nestSchema()));
    expect(viaJs.errors).toBeUndefined();
    expect(viaJit.errors).toBeUndefined();
    expect(resolverCalls).toBe(4);
  });

  it('never calls a resolver whose source is not Nest’s reader', () => {
    let calls = 0;
    const other = (root: unknown) => (calls++, (root as { title: string }).title);
    expect(isPlainPropertyReader(other, 'title')).toBe(false);
    expect(calls).toBe(0);
  });
});
