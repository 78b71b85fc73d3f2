import { DomainError, ErrorCode } from '@community-hub/api-common';
import { loadConfig } from '@community-hub/api-config';
import { RateLimitService } from './rate-limit.service';

function service(perMinute: number) {
  return new RateLimitService(loadConfig({ AUTH_RATE_LIMIT_PER_MINUTE: String(perMinute), DATA_DIR: '/tmp/rate-limit-spec' }));
}

async function codeOf(attempt: Promise<void>): Promise<string | null> {
  try {
    await attempt;
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
}

describe('RateLimitService', () => {
  it('lets the allowed attempts through, then refuses with RATE_LIMITED and a wait', async () => {
    const limits = service(3);
    for (let i = 0; i < 3; i++) expect(await codeOf(limits.consumeAuthAttempt('10.0.0.1', 'a@example.org'))).toBeNull();
    expect(await codeOf(limits.consumeAuthAttempt('10.0.0.1', 'a@example.org'))).toBe(ErrorCode.RATE_LIMITED);
    // Another address is counted apart; the same account from it is too, until its own limit.
    expect(await codeOf(limits.consumeAuthAttempt('10.0.0.2', 'b@example.org'))).toBeNull();
  });

  it('refuses an attempt it could not count (the primary did not answer) with SERVICE_UNAVAILABLE', async () => {
    const limits = service(3);
    // What RateLimiterCluster rejects with when the primary process does not answer in time.
    (limits as unknown as { perAddress: { consume: () => Promise<never> } }).perAddress = {
      consume: () => Promise.reject(new Error('RateLimiterCluster timeout: no answer from master in time')),
    };
    expect(await codeOf(limits.consumeAuthAttempt('10.0.0.1', 'a@example.org'))).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  });
});
