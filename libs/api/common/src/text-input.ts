import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import {
  cleanMultiLineText,
  describeTextProblem,
  normaliseText,
  singleLineTextProblem,
} from '@community-hub/shared-validation';
import { badInput, type FieldProblem } from './errors';

const TEXT_KIND = Symbol('textKind');
type TextKind = 'multi-line' | 'secret';

/**
 * A multi-line body (a post, a description, notes): bidirectional controls are removed
 * rather than refused. Every other text input is single-line (see TextInputPipe).
 */
export function MultiLineText(): PropertyDecorator {
  return (target, key) => Reflect.defineMetadata(TEXT_KIND, 'multi-line' satisfies TextKind, target, key);
}

/** A password: compared byte for byte with what was set, so never normalised or refused here. */
export function SecretText(): PropertyDecorator {
  return (target, key) => Reflect.defineMetadata(TEXT_KIND, 'secret' satisfies TextKind, target, key);
}

function kindOf(owner: object, key: string): TextKind | undefined {
  return Reflect.getMetadata(TEXT_KIND, owner, key) as TextKind | undefined;
}

/**
 * The one place text inputs are cleaned, for every GraphQL argument (Nest hands
 * them to pipes as `body`), after the ValidationPipe has built the input classes:
 * every string is NFC-normalised; a single-line value (the default: titles, names,
 * file names, tags, ids) with a bidirectional control or nothing visible is refused
 * with BAD_USER_INPUT before any resolver runs; a `@MultiLineText()` field has those
 * controls removed. Rules: @community-hub/shared-validation text-rules.
 */
@Injectable()
export class TextInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body') return value;
    const problems: FieldProblem[] = [];
    // An input object's fields are named as the ValidationPipe names them (`title`, `members.note`).
    const cleaned = clean(value, typeof value === 'object' ? '' : (metadata.data ?? 'value'), undefined, problems);
    if (problems.length) throw badInput(`Please check: ${problems.slice(0, 3).map((p) => p.message).join('; ')}`, problems);
    return cleaned;
  }
}

function clean(value: unknown, field: string, kind: TextKind | undefined, problems: FieldProblem[]): unknown {
  if (typeof value === 'string') {
    if (kind === 'secret') return value;
    if (kind === 'multi-line') return cleanMultiLineText(value);
    const normalised = normaliseText(value);
    const problem = singleLineTextProblem(normalised);
    if (problem) problems.push({ field, message: describeTextProblem(field, problem) });
    return normalised;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = clean(value[i], field, kind, problems);
    return value;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      record[key] = clean(record[key], field ? `${field}.${key}` : key, kindOf(record, key), problems);
    }
  }
  return value;
}
