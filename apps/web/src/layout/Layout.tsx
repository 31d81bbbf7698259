import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/useAuth';
import { EmailVerificationBanner } from './EmailVerificationBanner';
import { focusPageTitleWhenShown } from './focus-page-title';
import { MoreMenu } from './MoreMenu';
import { navigationFor } from './navigation';
import { useViewer } from './useViewer';

/** Header with navigation by role, the page in <main>, and focus moved on navigation. */
export function Layout() {
  const viewer = useViewer();
  const { state, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);

  // A single-page app does not reload on navigation, so screen readers hear nothing and
  // focus stays on the clicked link: move focus to the new page's heading instead (once the
  // page has loaded enough to show it).
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    return focusPageTitleWhenShown();
  }, [location.pathname]);

  const { bar, more } = navigationFor(viewer);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div
          className="header-inner"
          onKeyDown={(event) => {
            // The phone's menu closes on Escape like any disclosure, focus back on its button.
            if (event.key !== 'Escape' || !menuOpen) return;
            setMenuOpen(false);
            menuButton.current?.focus();
          }}
        >
          <Link to="/" className="brand">
            Fascicle
          </Link>
          <button
            ref={menuButton}
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
          <nav id="site-nav" aria-label="Main" className={menuOpen ? 'nav nav-open' : 'nav'}>
            <ul>
              {bar.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
              <MoreMenu items={more} />
            </ul>
            <div className="account">
              {state.status === 'signedIn' && (
                <>
                  {/* The label, not a hidden span: the name is cut short with an ellipsis, and
                      a block inside the link would put a space before the colon. */}
                  <NavLink
                    to="/account"
                    className="account-name"
                    aria-label={`${state.user.displayName}: account settings`}
                  >
                    {state.user.displayName}
                  </NavLink>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => {
                      void signOut().then(() => navigate('/sign-in'));
                    }}
                  >
                    Sign out
                  </button>
                </>
              )}
              {state.status === 'signedOut' && (
                <>
                  <NavLink to="/sign-in">Sign in</NavLink>
                  <Link to="/sign-up" className="button button-primary">
                    Sign up
                  </Link>
                </>
              )}
            </div>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <EmailVerificationBanner />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Fascicle continuing education · certificates anyone can verify ·{' '}
          <Link to="/privacy">Privacy</Link>
        </p>
      </footer>
    </>
  );
}
