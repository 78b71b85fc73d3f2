import type { FakeResponse } from './mock-client';

/**
 * The answer to the terms interstitial's TermsStatus query. Every screen sits inside the
 * app's TermsGate, so createMockClient answers it by default as "nothing to ask"
 * (`accepted` = `current`); pass other numbers to test the interstitial.
 */
export function termsStatus(accepted: number | null = 1, current = 1, userId = 'user-1'): FakeResponse {
  return {
    data: {
      me: { __typename: 'User', id: userId, termsAcceptedVersion: accepted },
      statement: { __typename: 'Statement', kind: 'TERMS', version: current },
    },
  };
}

export function statement(kind: 'ACCESSIBILITY' | 'PRIVACY' | 'TERMS', body: string, version = 1, publishedAt: string | null = null) {
  return { __typename: 'Statement' as const, kind, body, version, publishedAt };
}
