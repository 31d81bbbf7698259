import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../gql/graphql';
import { Loading } from '../ui/Loading';
import { ErrorMessage } from '../ui/ErrorMessage';
import { hasRole, useAuth } from './useAuth';

/**
 * Guards a page: waits for the session to be restored, sends visitors to sign in (and back
 * here afterwards), and refuses accounts without the role. The API checks again: this only
 * keeps people from screens that would fail.
 */
export function RequireAuth({ role, children }: { role?: Role; children: ReactNode }) {
  const { state, user } = useAuth();
  const location = useLocation();
  if (state.status === 'restoring') return <Loading label="Restoring your session" />;
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (role && !hasRole(user, role)) {
    return (
      <ErrorMessage title="Not available">
        This page needs the {role.toLowerCase()} role.
      </ErrorMessage>
    );
  }
  return children;
}

/** RequireAuth as a parent route: every child page needs a session (and the role, if any). */
export function RequireAuthOutlet({ role }: { role?: Role }) {
  return (
    <RequireAuth role={role}>
      <Outlet />
    </RequireAuth>
  );
}
