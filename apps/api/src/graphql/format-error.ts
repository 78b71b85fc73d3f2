import { Logger } from '@nestjs/common';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError, ErrorCode } from '@community-hub/api-common';

const logger = new Logger('GraphQL');

// Codes GraphQL itself or Apollo give for malformed requests: safe to pass on as they are.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function unwrap(error: unknown): unknown {
  let current = error as { originalError?: unknown; thrownValue?: unknown } | undefined;
  while (current && typeof current === 'object' && current.originalError && current.originalError !== current) {
    current = current.originalError as { originalError?: unknown };
  }
  // graphql-js wraps a thrown non-Error (pg throws a plain object when a connect is refused) in NonErrorThrown.
  if (current && typeof current === 'object' && 'thrownValue' in current && current.thrownValue) return current.thrownValue;
  return current;
}

/**
 * The one place errors become what a client sees: a message meant for people and
 * `extensions.code`. Never a stack trace, never SQL; unexpected failures are
 * logged here and reported as INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { ...original.extensions, code: original.code } };
  }
  if (original instanceof HttpException) {
    const response = original.getResponse() as { message?: string | string[] } | string;
    const messages = typeof response === 'string' ? [response] : [response.message ?? original.message].flat();
    const status = original.getStatus();
    const code =
      status === 401 ? ErrorCode.UNAUTHENTICATED : status === 403 ? ErrorCode.FORBIDDEN : status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT;
    return { ...base, message: messages.join('; '), extensions: { code } };
  }
  if (original instanceof QueryFailedError) {
    const pgCode = (original.driverError as { code?: string }).code;
    // Invalid text representation, too long, out of range, bad date/time, NUL / untranslatable characters.
    if (['22P02', '22001', '22003', '22007', '22008', '22021', '22P05'].includes(pgCode ?? '')) {
      return { ...base, message: 'A value in the request is not valid', extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    const violation = constraintViolation(pgCode);
    if (violation) return { ...base, message: violation.message, extensions: { code: violation.code } };
    if (pgCode === '57014' || pgCode?.startsWith('08') || pgCode === '57P01') {
      return { ...base, message: 'The database is busy or restarting; please try again', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
    }
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { ...base, extensions: { code } };
  }
  // A GraphQL error of the request itself (e.g. a variable with a value its enum does not have): the caller's to fix.
  if (original instanceof GraphQLError && !original.originalError && !formatted.path) {
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (isConnectionFailure(original)) {
    return { ...base, message: 'The database is busy or restarting; please try again', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  logger.error(
    `Unexpected error at ${formatted.path?.join('.') ?? '(request)'}: ${(original as Error)?.stack ?? String(original)}`,
  );
  return { ...base, message: 'Something went wrong on our side. It has been logged.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * The formatter in production: as `formatError`, and no message suggests a field,
 * argument, type or enum value ("Did you mean ...?"), which would spell out the
 * schema that turning introspection off hides. Apollo's
 * `hideSchemaDetailsFromClientErrors` strips them from validation errors only;
 * variable values are checked later (an enum value misspelt in `variables`).
 */
export function formatErrorHidingSchema(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const result = formatError(formatted, error);
  return result.message.includes('Did you mean') ? { ...result, message: withoutSuggestions(result.message) } : result;
}

export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+?\?(?=$|\s)/g, '').trimEnd();
}

/**
 * A constraint the database enforces that the request broke: a foreign key (an id of
 * the wrong kind of record, e.g. a consortium's where a network's is expected, or of
 * one deleted meanwhile) or a unique index (a race to create the same thing). The
 * caller's to fix or retry; the message names no table, column or constraint.
 */
export function constraintViolation(sqlState: string | undefined): { code: ErrorCode; message: string; status: number } | null {
  if (sqlState === '23503') {
    return { code: ErrorCode.BAD_USER_INPUT, message: 'The request refers to a record that does not exist, or one of another kind', status: 400 };
  }
  if (sqlState === '23505') {
    return { code: ErrorCode.CONFLICT, message: 'That already exists (or was just created by another request)', status: 409 };
  }
  return null;
}

/** The database (or another service) cannot be reached or dropped the connection: worth retrying, not a bug. */
export function isConnectionFailure(error: unknown): boolean {
  // SQLSTATE: 08 connection exceptions, 57014 statement timeout, 57P01-03 shutting down / crashed / starting up, 53300 too many connections.
  const sqlState = (error instanceof QueryFailedError ? (error.driverError as { code?: string }) : (error as { code?: string }))?.code;
  if (typeof sqlState === 'string' && (/^08/.test(sqlState) || /^57P0[123]$/.test(sqlState) || sqlState === '57014' || sqlState === '53300')) {
    return true;
  }
  // TypeORM releases a transaction's connection when the server drops it; the transaction's next statement then finds it gone.
  if ((error as Error)?.name === 'QueryRunnerProviderAlreadyReleasedError' || (error as Error)?.name === 'QueryRunnerAlreadyReleasedError') return true;
  const message = (error as Error)?.message ?? '';
  const code = (error as { code?: string })?.code ?? '';
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(message)
  );
}
