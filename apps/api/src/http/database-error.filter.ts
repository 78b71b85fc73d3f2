import { ArgumentsHost, Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { constraintViolation, isConnectionFailure } from '../graphql/format-error';

/**
 * Database failures: in GraphQL they go on to the error formatter (which codes
 * them, SERVICE_UNAVAILABLE while the database restarts); over plain HTTP they
 * become a coded 400 (foreign key), 409 (unique), 503 or 500. Either way Nest
 * does not print a stack trace for every request that was in flight during a
 * restart.
 */
@Catch(QueryFailedError, DatabaseError)
export class DatabaseErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Database');

  catch(exception: QueryFailedError | DatabaseError, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return undefined;
    const sqlState = (exception instanceof QueryFailedError ? (exception.driverError as { code?: string }) : exception).code;
    const violation = constraintViolation(sqlState);
    if (violation) {
      res.status(violation.status).json({ error: { code: violation.code, message: violation.message } });
    } else if (isConnectionFailure(exception)) {
      res.status(503).json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The database is busy or restarting; please try again' } });
    } else {
      this.logger.error(`Unexpected database error: ${exception.stack ?? exception.message}`);
      res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. It has been logged.' } });
    }
    return undefined;
  }
}
