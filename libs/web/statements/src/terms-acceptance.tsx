import { forwardRef, useCallback, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useClient, useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, useDocumentTitle } from '@community-hub/web-ui';
import { acceptTermsMutation, currentTermsVersionQuery, termsStatusQuery } from './statements.documents';
import './statements.css';

/** The statements stay readable while the interstitial asks for acceptance. */
/** Pages the interstitial never covers: the statements themselves, and recovering or confirming an account. */
const STATEMENT_PATHS = new Set(['/terms', '/privacy', '/accessibility', '/reset-password', '/verify-email', '/dev/outbox']);

function NewTabLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

export interface TermsCheckboxProps {
  error?: string | null;
  /** The checkbox's form name (default `acceptTerms`, value `yes` when ticked). */
  name?: string;
}

/** "I have read and accept the terms of use", with links to the terms and the privacy notice (new tab, so nothing typed is lost). */
export const TermsCheckbox = forwardRef<HTMLInputElement, TermsCheckboxProps>(function TermsCheckbox({ error, name = 'acceptTerms' }, ref) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field-invalid field-checkbox' : 'field field-checkbox'}>
      <p className="field-hint" id={hintId}>
        Read the <NewTabLink href="/terms">terms of use</NewTabLink> and the <NewTabLink href="/privacy">privacy notice</NewTabLink>.
      </p>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="checkbox">
        <input
          ref={ref}
          type="checkbox"
          id={id}
          name={name}
          value="yes"
          required
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
        />
        <label htmlFor={id}>I have read and accept the terms of use</label>
      </div>
    </div>
  );
});

export const TERMS_NOT_TICKED = 'Tick the box to accept the terms of use.';

/** Accepts whatever version of the terms is current, with the client in hand (e.g. just after sign-up). */
export function useAcceptCurrentTerms(): () => Promise<void> {
  const client = useClient();
  return useCallback(async () => {
    const current = await client.query(currentTermsVersionQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    const version = current.data?.statement.version;
    if (version === undefined) return;
    await client.mutation(acceptTermsMutation, { version }).toPromise();
  }, [client]);
}

/**
 * The interstitial: a signed-in person who has not accepted the current terms (a new
 * version was published, or the account was made outside the web client) is asked to
 * before anything else, except the statements themselves. Only the web client asks;
 * the API never refuses an operation for want of it.
 */
export function TermsGate({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [{ data, error }] = useQuery({ query: termsStatusQuery });
  const me = data?.me;
  const current = data?.statement.version;
  // Until the answer is in, the page renders (its own queries and chunks start at once) but stays
  // hidden, so a page never flashes up before the interstitial replaces it. On an error it shows.
  // The same element before and after the answer: the page stays mounted rather than starting over.
  const waiting = !data && !error;
  if (waiting || !me || current === undefined || me.termsAcceptedVersion === current || STATEMENT_PATHS.has(pathname.replace(/\/+$/, ''))) {
    return (
      <div className="terms-gate" hidden={waiting}>
        {children}
      </div>
    );
  }
  return <TermsInterstitial version={current} changed={me.termsAcceptedVersion !== null} />;
}

function TermsInterstitial({ version, changed }: { version: number; changed: boolean }) {
  const title = changed ? 'Our terms of use have changed' : 'Please accept our terms of use';
  useDocumentTitle(title);
  const client = useClient();
  const box = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!new FormData(event.currentTarget).get('acceptTerms')) {
      setError(TERMS_NOT_TICKED);
      box.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await client.mutation(acceptTermsMutation, { version }).toPromise();
    setBusy(false);
    if (result.error) {
      setError(describeError(result.error)?.message ?? 'Something went wrong. Please try again.');
      return;
    }
    // The document cache refetches TermsStatus (it holds the User the mutation returned); make sure of it.
    await client.query(termsStatusQuery, {}, { requestPolicy: 'network-only' }).toPromise();
  }

  return (
    <div className="narrow terms-interstitial">
      <h1>{title}</h1>
      <p className="lead">
        {changed
          ? `We have published a new version of our terms of use (version ${version}). Please read it and accept it to carry on.`
          : `Before you carry on, please read our terms of use (version ${version}) and accept them.`}
      </p>
      <p>They say what may not be posted and how reports about content are handled. You can sign out instead if you do not accept them.</p>
      <form onSubmit={submit} className="stack" noValidate aria-busy={busy || undefined}>
        <TermsCheckbox ref={box} error={error} />
        <div className="actions">
          <Button type="submit" variant="primary" disabled={busy}>
            Accept and continue
          </Button>
        </div>
      </form>
    </div>
  );
}
