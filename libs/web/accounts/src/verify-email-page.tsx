import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { ErrorAlert, Loading, useDocumentTitle } from '@community-hub/web-ui';
import { verifyEmailMutation } from './accounts.documents';
import { useSession } from './session';

/** /verify-email?token=…: the emailed link; confirms the address (or a new one) once. */
export function VerifyEmailPage() {
  useDocumentTitle('Confirm your email address');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { user, refresh } = useSession();
  const [{ data, error, fetching }, verify] = useMutation(verifyEmailMutation);
  const asked = useRef(false);

  useEffect(() => {
    if (!token || asked.current) return;
    asked.current = true;
    void verify({ token }).then((result) => {
      if (!result.error && user) void refresh();
    });
  }, [token, verify, refresh, user]);

  const problem = describeError(error);
  return (
    <div className="narrow stack">
      <h1>Confirm your email address</h1>
      {!token ? <ErrorAlert>The link is missing its token: open it from the email again.</ErrorAlert> : null}
      {fetching ? <Loading label="Confirming…" /> : null}
      {problem ? (
        <ErrorAlert title="This link cannot be used">
          <p>{problem.message}</p>
          {user ? <p>You can ask for a new link from the notice at the top of any page.</p> : null}
        </ErrorAlert>
      ) : null}
      {data?.verifyEmail.emailVerified ? (
        <div role="status" className="stack">
          <p>
            Thank you: your email address{data.verifyEmail.email ? <> ({data.verifyEmail.email})</> : null} is confirmed. You can now post, share
            documents and answer events.
          </p>
          <p>{user ? <Link to="/">Go to your networks</Link> : <Link to="/signin">Sign in</Link>}</p>
        </div>
      ) : null}
    </div>
  );
}
