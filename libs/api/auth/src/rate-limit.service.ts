import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '@community-hub/api-config';
import { DomainError, ErrorCode } from '@community-hub/api-common';

/**
 * Slows down password guessing and sign-up floods: each client address and each
 * account gets a fixed number of attempts a minute (AUTH_RATE_LIMIT_PER_MINUTE).
 */
@Injectable()
export class RateLimitService {
  private readonly perAddress: RateLimiterMemory;
  private readonly perAccount: RateLimiterMemory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const points = config.auth.rateLimitPerMinute;
    this.perAddress = new RateLimiterMemory({ keyPrefix: 'auth-ip', points, duration: 60 });
    this.perAccount = new RateLimiterMemory({ keyPrefix: 'auth-account', points, duration: 60 });
  }

  async consumeAuthAttempt(address: string | undefined, account: string): Promise<void> {
    try {
      await this.perAddress.consume(address ?? 'unknown');
      await this.perAccount.consume(account);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new DomainError(
          ErrorCode.RATE_LIMITED,
          `Too many attempts. Please wait ${retryAfterSeconds} seconds and try again.`,
          { retryAfterSeconds },
        );
      }
      throw rejection;
    }
  }
}
