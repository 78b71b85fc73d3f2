import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ValidationError } from 'class-validator';
import { AccountsModule, SessionService } from '@community-hub/api-accounts';
import { AuthModule } from '@community-hub/api-auth';
import { badInput, DomainErrorFilter, TextInputPipe } from '@community-hub/api-common';
import { APP_CONFIG, type AppConfig, ConfigModule } from '@community-hub/api-config';
import { ConsortiaModule } from '@community-hub/api-consortia';
import { dataSourceOptions } from '@community-hub/api-database';
import { DemoDataModule } from '@community-hub/api-demo-data';
import { EmailInModule } from '@community-hub/api-email-in';
import { EventsModule } from '@community-hub/api-events';
import { ForumModule } from '@community-hub/api-forum';
import { JobsModule } from '@community-hub/api-jobs';
import { LibraryModule } from '@community-hub/api-library';
import { ModerationModule } from '@community-hub/api-moderation';
import { NetworksModule } from '@community-hub/api-networks';
import { NotificationsModule } from '@community-hub/api-notifications';
import { PubSubModule } from '@community-hub/api-pubsub';
import { SearchModule } from '@community-hub/api-search';
import { StatementsModule } from '@community-hub/api-statements';
import { StorageModule, type StorageConnection } from '@community-hub/api-storage';
import { ALL_ENTITIES } from './entities';
import { graphqlOptions } from './graphql/graphql-options';
import { GraphqlWebSocketServer } from './graphql/graphql-websocket';
import { DatabaseErrorFilter } from './http/database-error.filter';
import { HealthController } from './http/health.controller';
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

/** Checks every input class; the first problems are named in the message, all in `extensions.fields`. */
export const validationPipe = new ValidationPipe({
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
          imports: [AccountsModule],
          inject: [APP_CONFIG, SessionService, MetricsService],
          useFactory: (appConfig: AppConfig, sessions: SessionService, metrics: MetricsService) => graphqlOptions(appConfig, sessions, metrics),
        }),
        AccountsModule,
        NetworksModule,
        ForumModule,
        LibraryModule,
        EventsModule,
        SearchModule,
        NotificationsModule,
        ConsortiaModule,
        EmailInModule,
        ModerationModule,
        StatementsModule,
        DemoDataModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useValue: validationPipe },
        // After the input classes are built: NFC, and no bidi controls or invisible-only single-line text.
        { provide: APP_PIPE, useClass: TextInputPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_FILTER, useClass: DatabaseErrorFilter },
        GraphqlWebSocketServer,
      ],
    };
  }
}
