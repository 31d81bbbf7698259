import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The token of a link sent by email, from its fragment (`#token=…`): browsers never send the
 * fragment to a server, so the token stays out of access logs and Referer headers.
 */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token || null;
}

/**
 * Reads the link's token once, then takes it out of the address bar (a replace through the
 * router, which calls history.replaceState and keeps the router's location in step), so it
 * does not linger in history, a bookmark or a screenshot.
 */
export function useLinkToken(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromHash(location.hash));

  useEffect(() => {
    if (!location.hash) return;
    void navigate(
      { pathname: location.pathname, search: location.search },
      { replace: true, state: location.state as unknown },
    );
  }, [location, navigate]);

  return token;
}
