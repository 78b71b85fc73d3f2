import { ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorCode } from './errors';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.TWO_FACTOR_REQUIRED]: 401,
};

/**
 * Domain errors are expected outcomes (a refusal, a bad input), not failures:
 * they go to the client as coded errors without being logged as crashes.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(exception: DomainError, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception; // formatted by the GraphQL error formatter
    const res = host.switchToHttp().getResponse<Response>();
    res.status(HTTP_STATUS[exception.code] ?? 400).json({ error: { code: exception.code, message: exception.message, ...exception.extensions } });
    return undefined;
  }
}
