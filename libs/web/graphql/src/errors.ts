import type { CombinedError } from 'urql';

/** The codes the API puts in `extensions.code` (see libs/api/common/src/errors.ts). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'SERVICE_UNAVAILABLE'
  | 'TWO_FACTOR_REQUIRED'
  | 'NETWORK'
  | 'UNKNOWN';

export interface ApiProblem {
  code: ApiErrorCode;
  /** A sentence meant for people. */
  message: string;
  /** Problems with particular input fields, by field name, from `extensions.fields`. */
  fields: Record<string, string>;
  /** A domain's finer reason (`extensions.reason`, e.g. TWO_FACTOR_CODE_INVALID), when given. */
  reason?: string;
}

/** Per-code wording a screen may prefer to the API's own message. */
export type ProblemMessages = Partial<Record<ApiErrorCode, string>>;

const KNOWN_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'TWO_FACTOR_REQUIRED',
]);

const FALLBACK: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: 'Please sign in to do that.',
  FORBIDDEN: 'You do not have permission to do that.',
  BAD_USER_INPUT: 'Please check what you entered.',
  NOT_FOUND: 'We could not find that. It may have been removed, or you may not have access to it.',
  CONFLICT: 'That clashes with something that already exists.',
  RATE_LIMITED: 'Too many attempts. Please wait a few minutes and try again.',
  PAYLOAD_TOO_LARGE: 'That is too large to send.',
  SERVICE_UNAVAILABLE: 'The service is busy. Please try again in a moment.',
  TWO_FACTOR_REQUIRED: 'Enter the code from your authenticator app.',
  NETWORK: 'We could not reach Community Hub. Check your connection and try again.',
  UNKNOWN: 'Something went wrong on our side. Please try again.',
};

function fieldsFrom(value: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!Array.isArray(value)) return fields;
  for (const item of value) {
    if (item && typeof item === 'object' && typeof item.field === 'string' && typeof item.message === 'string') {
      // The API names nested fields "input.website"; screens know them as "website".
      const name = item.field.split('.').pop() as string;
      fields[name] ??= item.message;
    }
  }
  return fields;
}

/** Turns an urql error into something a screen can show. Returns null when there is none. */
export function describeError(error: CombinedError | undefined | null, messages: ProblemMessages = {}): ApiProblem | null {
  if (!error) return null;
  if (error.networkError && !error.graphQLErrors.length) {
    return { code: 'NETWORK', message: messages.NETWORK ?? FALLBACK.NETWORK, fields: {} };
  }
  const first = error.graphQLErrors[0];
  const raw = first?.extensions?.['code'];
  const code: ApiErrorCode = typeof raw === 'string' && KNOWN_CODES.has(raw) ? (raw as ApiErrorCode) : 'UNKNOWN';
  // Coded messages from the API are written for people; anything else is not shown.
  const serverMessage = code !== 'UNKNOWN' && first?.message ? first.message : undefined;
  return {
    code,
    message: messages[code] ?? serverMessage ?? FALLBACK[code],
    fields: fieldsFrom(first?.extensions?.['fields']),
    ...(typeof first?.extensions?.['reason'] === 'string' ? { reason: first.extensions['reason'] } : {}),
  };
}

export function errorCode(error: CombinedError | undefined | null): ApiErrorCode | null {
  return describeError(error)?.code ?? null;
}
