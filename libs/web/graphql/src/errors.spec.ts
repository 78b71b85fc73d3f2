import { CombinedError } from 'urql';
import { describeError } from './errors';

function coded(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return new CombinedError({ graphQLErrors: [{ message, extensions: { code, ...extensions } }] });
}

describe('describeError', () => {
  it('returns null when there is no error', () => {
    expect(describeError(undefined)).toBeNull();
  });

  it("shows the API's own message for a coded error", () => {
    expect(describeError(coded('UNAUTHENTICATED', 'Email or password is not right'))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Email or password is not right',
      fields: {},
    });
  });

  it('lets a screen choose its own words for a code', () => {
    const problem = describeError(coded('CONFLICT', 'duplicate'), { CONFLICT: 'An account with that email already exists' });
    expect(problem?.message).toBe('An account with that email already exists');
  });

  it('collects field problems from extensions.fields, by the last part of the name', () => {
    const problem = describeError(
      coded('BAD_USER_INPUT', 'Please check: website must be a full address', {
        fields: [
          { field: 'input.website', message: 'must be a full address starting with https://' },
          { field: 'name', message: 'must be at least 2 characters' },
        ],
      }),
    );
    expect(problem?.fields).toEqual({ website: 'must be a full address starting with https://', name: 'must be at least 2 characters' });
  });

  it('never shows the text of an uncoded (internal) error', () => {
    const problem = describeError(new CombinedError({ graphQLErrors: [{ message: 'relation "users" does not exist' }] }));
    expect(problem?.code).toBe('UNKNOWN');
    expect(problem?.message).not.toContain('relation');
  });

  it('explains a network failure in plain words', () => {
    const problem = describeError(new CombinedError({ networkError: new TypeError('Failed to fetch') }));
    expect(problem?.code).toBe('NETWORK');
    expect(problem?.message).toMatch(/could not reach/i);
  });
});
