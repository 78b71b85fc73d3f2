import { Extensions } from '@nestjs/graphql';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';

const MAY_BE_PROMISE = 'communityHubMayBePromise';

/**
 * For a plain `@Field()` whose property may hold a promise (a page's lazy total):
 * keeps the resolver Nest gave it, so that every engine awaits the value.
 * `readPlainFieldsDirectly` leaves such a field alone.
 */
export function MayBePromise(): PropertyDecorator {
  return Extensions({ [MAY_BE_PROMISE]: true }) as PropertyDecorator;
}

/**
 * The resolver Nest's code-first schema builder gives every `@Field()` that has no
 * `@ResolveField` (ObjectTypeDefinitionFactory.createFieldResolver, with no field
 * middleware): it reads the property and falls back to the field's `defaultValue`.
 */
const NEST_PROPERTY_READER = `(root) => {
  const value = root[field.name];
  return typeof value === 'undefined' ? field.options.defaultValue : value;
}`;
const normalised = (source: string) => source.replace(/\s+/g, ' ').trim();
const NEST_PROPERTY_READER_SOURCE = normalised(NEST_PROPERTY_READER);

/**
 * Whether `resolve` is Nest's property reader for a field named `name` with no
 * default: its source is that reader's, and it reads exactly `name` and gives
 * `undefined` for a missing value (checked on a stand-in parent, which is safe to
 * call because the source is known to do nothing else).
 */
export function isPlainPropertyReader(resolve: GraphQLFieldResolver<unknown, unknown>, name: string): boolean {
  if (normalised(resolve.toString()) !== NEST_PROPERTY_READER_SOURCE) return false;
  const read: PropertyKey[] = [];
  const parent = new Proxy({}, { get: (_target, key) => (read.push(key), undefined) });
  const fallback = resolve(parent, {}, undefined, undefined as never);
  return fallback === undefined && read.length === 1 && read[0] === name;
}

/**
 * Takes Nest's property reader off every object field that has no default and is
 * not marked `@MayBePromise`: graphql-js then reads the property with its default
 * resolver, and graphql-jit inline, instead of calling a function with a fresh
 * resolve-info object for each field of each row (about 300 calls for a page of 25
 * threads, and a quarter of what such a request allocated). Fields with a real
 * resolver (`@ResolveField`, `@Preloaded`) keep it. Run once on the built schema.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || field.extensions?.[MAY_BE_PROMISE]) continue;
      if (isPlainPropertyReader(field.resolve, field.name)) field.resolve = undefined;
    }
  }
  return schema;
}
