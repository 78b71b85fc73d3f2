import { Inject, Injectable } from '@nestjs/common';
import {
  type RateLimiterAbstract,
  RateLimiterCluster,
  RateLimiterClusterMaster,
  RateLimiterMemory,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig, isApiWorker } from '@community-hub/api-config';
import { DomainError, ErrorCode } from '@community-hub/api-common';

/** How long a worker waits for the primary to count an attempt before the attempt fails. */
const PRIMARY_TIMEOUT_MS = 3000;

/**
 * Slows down password guessing and sign-up floods: each client address and each
 * account gets a fixed number of attempts a minute (AUTH_RATE_LIMIT_PER_MINUTE).
 * The counts are per installation: with API_WORKERS > 1 they live in the primary
 * process (see `serveWorkerRateLimits`), so more workers do not allow more attempts.
 */
@Injectable()
export class RateLimitService {
  private readonly perAddress: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const points = config.auth.rateLimitPerMinute;
    const limiter = (keyPrefix: string) =>
      isApiWorker(config)
        ? new RateLimiterCluster({ keyPrefix, points, duration: 60, timeoutMs: PRIMARY_TIMEOUT_MS })
        : new RateLimiterMemory({ keyPrefix, points, duration: 60 });
    this.perAddress = limiter('auth-ip');
    this.perAccount = limiter('auth-account');
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
      // The primary did not count the attempt in time (API_WORKERS > 1): refuse it, coded, rather than let it through uncounted.
      throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'Signing in is briefly unavailable. Please try again in a moment.');
    }
  }
}

/**
 * Call in the API's primary process before it forks workers: holds the counts
 * of every worker's RateLimitService (rate-limiter-flexible's cluster master,
 * answering its RateLimiterCluster over IPC).
 */
export function serveWorkerRateLimits(): void {
  new RateLimiterClusterMaster();
}
