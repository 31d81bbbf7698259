import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/useAuth';
import { EmailVerificationBanner } from './EmailVerificationBanner';
import { NAV_ITEMS } from './navigation';
import { useViewer } from './useViewer';

/** Header with navigation by role, the page in <main>, and focus moved on navigation. */
export function Layout() {
  const viewer = useViewer();
  const { state, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const firstRender = useRef(true);

  // A single-page app does not reload on navigation, so screen readers hear nothing and
  // focus stays on the clicked link: move focus to the new page's heading instead.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => document.getElementById('page-title')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [location.pathname]);

  const items = NAV_ITEMS.filter((item) => item.visible(viewer));

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            Fascicle
          </Link>
          <button
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
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to}>{item.label}</NavLink>
                </li>
              ))}
            </ul>
            <div className="account">
              {state.status === 'signedIn' && (
                <>
                  <NavLink to="/account" className="account-name">
                    {state.user.displayName}
                    <span className="sr-only">: account settings</span>
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
