import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { AccountNotices, useSession } from '@community-hub/web-accounts';
import { HeaderSearch } from '@community-hub/web-search';
import { NotificationBell } from '@community-hub/web-notifications';
import { StatementLinks, TermsGate } from '@community-hub/web-statements';
import './app-layout.css';
import { Button, SKIP_LINKS_ID } from '@community-hub/web-ui';

export function AppLayout() {
  const main = useMainFocusOnNavigation();
  return (
    <>
      {/* Pages add their own (e.g. "Skip to Start a discussion") with SkipLink. */}
      <div id={SKIP_LINKS_ID}>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
      </div>
      <SiteHeader />
      <main id="main" tabIndex={-1} ref={main} className="container">
        <AccountNotices />
        <TermsGate>
          <Outlet />
        </TermsGate>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>Community Hub: bringing local charities, community groups and public services together.</p>
          <StatementLinks />
        </div>
      </footer>
    </>
  );
}

function SiteHeader() {
  const { user, loading, signOut } = useSession();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  async function onSignOut() {
    setSigningOut(true);
    try {
      await signOut();
      navigate('/');
    } finally {
      setSigningOut(false);
    }
  }

  return (
    <header className="site-header">
      <div className="container header-inner">
        <Link to="/" className="brand">
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28" focusable="false">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <circle cx="11" cy="13" r="4" fill="#fff" />
            <circle cx="21" cy="13" r="4" fill="#fff" />
          </svg>
          Community Hub
        </Link>
        <nav aria-label="Main" className="main-nav">
          <ul>
            <li>
              <NavLink to="/" end>
                Networks
              </NavLink>
            </li>
            {user ? (
              <li>
                <NavLink to="/me">My profile</NavLink>
              </li>
            ) : null}
            {user ? (
              <li>
                <NavLink to="/consortia">My consortia</NavLink>
              </li>
            ) : null}
            {/* On a phone the header's search box gives way to this link (the search page has the box). */}
            <li className="nav-search">
              <NavLink to="/search">Search</NavLink>
            </li>
            {!user && !loading ? (
              <>
                <li>
                  <NavLink to="/signin">Sign in</NavLink>
                </li>
                <li>
                  <NavLink to="/signup" className="nav-cta">
                    Sign up
                  </NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
        <HeaderSearch />
        {user ? (
          <div className="account">
            <NotificationBell />
            <span className="account-name">
              <span className="visually-hidden">Signed in as </span>
              {user.name}
            </span>
            <Button variant="quiet" size="small" onClick={onSignOut} disabled={signingOut}>
              Sign out
            </Button>
          </div>
        ) : null}
      </div>
    </header>
  );
}

/**
 * After moving to another page, put keyboard and screen-reader focus at the top
 * of the new content (not on the first load, so the skip link stays first).
 */
function useMainFocusOnNavigation() {
  const ref = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [pathname]);
  return ref;
}
