import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ValidationError } from 'class-validator';
import { AccountsModule } from '@community-hub/api-accounts';
import { AuthModule, TokenService } from '@community-hub/api-auth';
import { badInput, DomainErrorFilter } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig, ConfigModule } from '@community-hub/api-config';
import { ConsortiaModule } from '@community-hub/api-consortia';
import { dataSourceOptions } from '@community-hub/api-database';
import { DemoDataModule } from '@community-hub/api-demo-data';
import { EventsModule } from '@community-hub/api-events';
import { ForumModule } from '@community-hub/api-forum';
import { JobsModule } from '@community-hub/api-jobs';
import { LibraryModule } from '@community-hub/api-library';
import { NetworksModule } from '@community-hub/api-networks';
import { NotificationsModule } from '@community-hub/api-notifications';
import { PubSubModule } from '@community-hub/api-pubsub';
import { SearchModule } from '@community-hub/api-search';
import { StorageModule, type StorageConnection } from '@community-hub/api-storage';
import { ALL_ENTITIES } from './entities';
import { graphqlOptions } from './graphql/graphql-options';
import { DatabaseErrorFilter } from './http/database-error.filter';
import { HealthController } from './http/health.controller';
import { RememberingValidationPipe } from './http/remembering-validation.pipe';
import { MetricsModule } from './metrics/metrics.module';
import { MetricsService } from './metrics/metrics.service';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  storage: StorageConnection;
}

function flattenValidation(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidation(error.children ?? [], field)];
  });
}

/** Checks every input class (remembering flat arguments it accepted); the first problems are named in the message, all in `extensions.fields`. */
export const validationPipe = new RememberingValidationPipe({
  whitelist: true,
  transform: true,
  exceptionFactory: (errors) => {
    const fields = flattenValidation(errors);
    return badInput(`Please check: ${fields.slice(0, 3).map((f) => f.message).join('; ')}`, fields);
  },
});

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config } = options;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(
          dataSourceOptions({ url: options.databaseUrl, entities: ALL_ENTITIES, poolSize: config.database.poolSize }),
        ),
        PubSubModule.forRoot({ databaseUrl: options.databaseUrl, redisUrl: config.redisUrl }),
        StorageModule.forRoot(options.storage),
        JobsModule.forRoot({ databaseUrl: options.databaseUrl, pollingIntervalSeconds: config.jobs.pollingIntervalSeconds }),
        AuthModule,
        MetricsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, TokenService, MetricsService],
          useFactory: (appConfig: AppConfig, tokens: TokenService, metrics: MetricsService) => graphqlOptions(appConfig, tokens, metrics),
        }),
        AccountsModule,
        NetworksModule,
        ForumModule,
        LibraryModule,
        EventsModule,
        SearchModule,
        NotificationsModule,
        ConsortiaModule,
        DemoDataModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useValue: validationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_FILTER, useClass: DatabaseErrorFilter },
      ],
    };
  }
}
