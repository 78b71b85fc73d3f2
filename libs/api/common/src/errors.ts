/**
 * The codes a client can rely on in `extensions.code`. The first five are fixed
 * by the public API contract; the rest extend it.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Sign-in needs a two-factor code (missing or wrong); fixed by the API contract. */
  TWO_FACTOR_REQUIRED = 'TWO_FACTOR_REQUIRED',
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An error whose message is safe to show the caller. Anything else that escapes
 * a resolver is reported as an internal error without details.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'Record') =>
  new DomainError(ErrorCode.NOT_FOUND, `${what} not found, or you do not have access to it`);
export const forbidden = (message = 'You do not have permission to do that') =>
  new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'You need to sign in to do that') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);
export const badInput = (message: string, fields: FieldProblem[] = []) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, fields.length ? { fields } : {});

/** True for PostgreSQL's unique_violation: two requests raced to create the same thing. */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = (error as { driverError?: { code?: string } } | null)?.driverError;
  return driverError?.code === '23505';
}
