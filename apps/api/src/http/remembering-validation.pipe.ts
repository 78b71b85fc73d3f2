import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { LRUCache } from 'lru-cache';

type Flat = string | number | boolean | null | undefined;

function isFlat(value: unknown): value is Flat {
  return value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A plain object of flat values only (a list's `first`, `after`, `tag`; an id and a number). */
function flatObject(value: unknown): value is Record<string, Flat> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (!isFlat((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * The ValidationPipe, remembering arguments it has accepted. class-transformer and
 * class-validator are pure functions of the argument class and the values (every
 * decorator we use is a built-in check), and they cost more than the rest of a
 * small list's resolver; the same `first: 25` of the same class is accepted the
 * same way every time. Only flat arguments (strings, numbers, booleans, null) whose
 * accepted form is flat too are remembered, at most 1,000; refusals never are, so
 * every refusal is built, coded and reported as before. Each call gets its own copy.
 */
export class RememberingValidationPipe extends ValidationPipe {
  private readonly accepted = new LRUCache<string, object>({ max: 1_000 });
  private readonly classIds = new WeakMap<object, number>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const key = this.keyOf(value, metadata);
    if (key === null) return super.transform(value, metadata);
    const known = this.accepted.get(key);
    if (known) return copyOf(known);
    const result: unknown = await super.transform(value, metadata);
    if (flatInstance(result)) this.accepted.set(key, copyOf(result));
    return result;
  }

  private keyOf(value: unknown, metadata: ArgumentMetadata): string | null {
    const { metatype } = metadata;
    if (!metatype || !this.toValidate(metadata) || !flatObject(value)) return null;
    let id = this.classIds.get(metatype);
    if (id === undefined) {
      id = nextClassId++;
      this.classIds.set(metatype, id);
    }
    return `${id}\u0000${metadata.type}\u0000${metadata.data ?? ''}\u0000${JSON.stringify(value)}`;
  }
}

let nextClassId = 1;

function flatInstance(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  for (const key of Object.keys(value)) if (!isFlat((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** A new object of the same class with the same own values (all flat, so nothing is shared). */
function copyOf<T extends object>(value: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(value)) as T, value);
}
