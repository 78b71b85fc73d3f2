import { DynamicModule, Global, Module } from '@nestjs/common';
import { JOBS_OPTIONS, JobQueue, type JobsOptions } from './job-queue';

/**
 * Background jobs on the app's own PostgreSQL (pg-boss, in its own `pgboss`
 * schema): no extra service to run. Global, so any domain can send jobs and
 * register workers for its own job names.
 */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOBS_OPTIONS, useValue: options }, JobQueue],
      exports: [JobQueue],
    };
  }
}
