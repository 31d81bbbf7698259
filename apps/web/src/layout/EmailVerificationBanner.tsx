import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { ResendVerification } from '../auth/ResendVerification';
import { useAuth } from '../auth/useAuth';

/**
 * Until a self-registered account opens the link sent to its address, no certificate can be
 * issued in its name: say so on every page, with a way to get the link again. The link is
 * often opened in another tab, so coming back to this one asks the API again.
 */
export function EmailVerificationBanner() {
  const { user, reloadUser } = useAuth();
  const { pathname } = useLocation();
  const unverified = user !== null && !user.emailVerified;

  useEffect(() => {
    if (!unverified) return;
    const onFocus = () => void reloadUser().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [unverified, reloadUser]);

  // The verification page says how its link went; the banner would only contradict it.
  if (!unverified || pathname === '/verify-email') return null;
  return (
    <div className="notice notice-warn verify-banner">
      <p>
        <span aria-hidden="true">⚠ </span>
        <strong>Confirm your email address:</strong> we sent a link to <strong>{user.email}</strong>
        . Certificates are issued in your name once you open it.
      </p>
      <ResendVerification />
    </div>
  );
}
