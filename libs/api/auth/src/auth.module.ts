import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { AUTH_ATTEMPT_STORE, type AuthAttemptStore, PostgresAttemptStore, RedisAttemptStore } from './auth-attempt-store';
import { AuthGuard } from './auth.guard';
import { RateLimitService } from './rate-limit.service';
import { TokenService } from './token.service';

@Global()
@Module({
  providers: [
    TokenService,
    RateLimitService,
    {
      provide: AUTH_ATTEMPT_STORE,
      inject: [APP_CONFIG, DataSource],
      // Redis when the deployment runs it (as for live events), else the database every instance already shares.
      useFactory: (config: AppConfig, dataSource: DataSource): AuthAttemptStore =>
        config.redisUrl ? new RedisAttemptStore(config.redisUrl) : new PostgresAttemptStore(dataSource),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, RateLimitService],
})
export class AuthModule {}
