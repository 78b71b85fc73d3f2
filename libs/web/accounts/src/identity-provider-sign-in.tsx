import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { buttonClassName } from '@community-hub/web-ui';
import { safeNextPath } from './safe-next';
import { identityProviderQuery } from './two-factor.documents';

/** Why a provider sign-in came back to the sign-in page (`?oidc=<reason>`, set by the API's callback). */
export const PROVIDER_SIGN_IN_PROBLEMS: Record<string, string> = {
  failed: 'Signing in through your organisation did not work. Please try again.',
  unavailable: 'Your organisation’s sign-in service cannot be reached just now. Please try again later, or use your password.',
  'wrong-issuer': 'Your organisation’s sign-in service is not the one this site is set up for. Please tell the site’s administrators.',
  'email-unverified': 'Your organisation has not confirmed your email address, so it cannot be used to sign in here.',
  'link-password':
    'An account with this email already exists. Sign in below with its password once: from then on, your organisation’s sign-in works too.',
  'linked-elsewhere': 'This email belongs to an account linked to another sign-in. Please sign in the way you did before.',
  'admin-mfa':
    'Platform admins must sign in through the organisation with its multi-factor authentication, or here with a password and a two-factor code.',
  suspended: 'This account is suspended; please contact the platform administrators.',
};

/** "Sign in with …" (OIDC_BUTTON_LABEL), shown only when the API has an identity provider configured. */
export function IdentityProviderSignIn() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [{ data }] = useQuery({ query: identityProviderQuery });
  const provider = data?.identityProvider;
  if (!provider) return null;
  const href = `${provider.startPath}?next=${encodeURIComponent(next)}`;
  return (
    <div className="stack">
      <p className="muted">or</p>
      {/* A full page load: the browser goes to the provider and comes back signed in. */}
      <a className={buttonClassName({})} href={href}>
        {provider.buttonLabel}
      </a>
    </div>
  );
}
