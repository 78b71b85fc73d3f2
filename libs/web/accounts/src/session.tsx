import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useClient, useQuery } from 'urql';
import {
  describeError,
  useClientControls,
  type ApiProblem,
  type LoginInput,
  type MeQuery,
  type ProblemMessages,
  type RegisterInput,
} from '@community-hub/web-graphql';
import { loginMutation, logoutMutation, meQuery, registerMutation } from './accounts.documents';
import { clearAppCaches } from './clear-caches';

export type SessionUser = NonNullable<MeQuery['me']>;

export interface Session {
  /** The signed-in person, or null when anonymous (or not known yet). */
  user: SessionUser | null;
  /** True until the first answer to "who am I?". */
  loading: boolean;
  /** Resolves to a problem to show, or null once signed in. */
  signIn(input: LoginInput): Promise<ApiProblem | null>;
  /** `afterRegister` runs once the account exists, before the client starts over (e.g. to accept the terms). */
  signUp(input: RegisterInput, afterRegister?: () => Promise<void>): Promise<ApiProblem | null>;
  signOut(): Promise<void>;
  /** After the API set a new session cookie some other way (a password reset): a fresh cache and "me". */
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export const SIGN_IN_MESSAGES: ProblemMessages = {
  RATE_LIMITED: 'Too many sign-in attempts. Please wait a few minutes and try again.',
};

export const SIGN_UP_MESSAGES: ProblemMessages = {
  CONFLICT: 'An account with that email already exists',
  RATE_LIMITED: 'Too many attempts to create an account. Please wait a few minutes and try again.',
};

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const { resetClient } = useClientControls();
  const [{ data, fetching }] = useQuery({ query: meQuery });

  /** A new session means a new cache and a new WebSocket; warm the new cache with "me" first. */
  const startOver = useCallback(async () => {
    const fresh = resetClient();
    await fresh.query(meQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  }, [resetClient]);

  const signIn = useCallback(
    async (input: LoginInput) => {
      const result = await client.mutation(loginMutation, { input }).toPromise();
      if (result.error) return describeError(result.error, SIGN_IN_MESSAGES);
      await startOver();
      return null;
    },
    [client, startOver],
  );

  const signUp = useCallback(
    async (input: RegisterInput, afterRegister?: () => Promise<void>) => {
      const result = await client.mutation(registerMutation, { input }).toPromise();
      if (result.error) return describeError(result.error, SIGN_UP_MESSAGES);
      await afterRegister?.();
      await startOver();
      return null;
    },
    [client, startOver],
  );

  const signOut = useCallback(async () => {
    await client.mutation(logoutMutation, {}).toPromise();
    // Caches are a convenience: failing to clear one must not keep anyone signed in.
    await clearAppCaches().catch(() => undefined);
    await startOver();
  }, [client, startOver]);

  const value = useMemo<Session>(
    () => ({ user: data?.me ?? null, loading: fetching && !data, signIn, signUp, signOut, refresh: startOver }),
    [data, fetching, signIn, signUp, signOut, startOver],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
