import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { currentRequestId } from '@community-hub/api-common';

/** One JSON object per line, with the request id of the request or job the line was written for. */
export class JsonLogger extends ConsoleLogger {
  constructor(logLevels: LogLevel[]) {
    super({ json: true, colors: false, logLevels });
  }

  protected override getJsonLogObject(message: unknown, options: { context: string; logLevel: LogLevel; writeStreamType?: 'stdout' | 'stderr'; errorStack?: unknown }) {
    const object = super.getJsonLogObject(message, options);
    const requestId = currentRequestId();
    return requestId ? { ...object, requestId } : object;
  }
}
