import { PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { badInput } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

class ParseIdPipe implements PipeTransform {
  constructor(
    private readonly name: string,
    private readonly optional: boolean,
  ) {}

  transform(value: unknown) {
    if ((value === undefined || value === null) && this.optional) return value;
    if (!isId(value)) throw badInput(`${this.name} is not a valid id`, [{ field: this.name, message: 'not a valid id' }]);
    return value.toLowerCase();
  }
}

/** An `ID!` argument checked to be a well-formed id before any query runs. */
export function IdArg(name: string, options: { nullable?: boolean; description?: string } = {}) {
  return Args(name, { type: () => ID, nullable: options.nullable, description: options.description }, new ParseIdPipe(name, Boolean(options.nullable)));
}
