import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { RateLimitService } from './rate-limit.service';
import { TokenService } from './token.service';

@Global()
@Module({
  providers: [TokenService, RateLimitService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, RateLimitService],
})
export class AuthModule {}
