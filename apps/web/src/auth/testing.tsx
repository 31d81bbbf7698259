import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { StrictMode, useSyncExternalStore, type ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { AuthContext } from './AuthProvider';
import { SessionStore, type SessionUser } from './session';

/** For component tests: a signed-in learner, to adjust per test. */
export function testUser(changes: Partial<SessionUser> = {}): SessionUser {
  return {
    id: 'u-1',
    email: 'jordan@example.com',
    displayName: 'Jordan Lee, PT',
    profession: 'PHYSICAL_THERAPIST',
    licenseNumber: 'PT-990011',
    licenseState: 'CO',
    roles: ['LEARNER'],
    emailVerified: true,
    ...changes,
  };
}

/**
 * A real session store, signed in as `user` (or signed out), whose changes reach the
 * components as in the app. Its requests of its own (the logout on signing out) go to a
 * relative address, which fetch outside a browser refuses at once: signed out regardless.
 */
export function testSession(user: SessionUser | null): SessionStore {
  const store = new SessionStore('/graphql');
  if (user) store.signedIn('access-token', user);
  else void store.signOut();
  return store;
}

function Auth({ store, children }: { store: SessionStore; children: ReactNode }) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return <AuthContext value={{ session: store, state }}>{children}</AuthContext>;
}

/** Shows where the app went and with what router state, for pages that navigate away. */
export function Whereabouts() {
  const location = useLocation();
  return (
    <output aria-label="location">
      {location.pathname + location.search + location.hash} {JSON.stringify(location.state)}
    </output>
  );
}

/**
 * Renders `page` at `path` (its route pattern is the part before any ? or #), under StrictMode
 * as in development, with the session and mocked API. Other paths show <Whereabouts />.
 */
export function renderPage(
  page: ReactNode,
  {
    path,
    session,
    mocks = [],
    extra,
  }: {
    path: string;
    session: SessionStore;
    mocks?: MockLink.MockedResponse[];
    extra?: ReactNode;
  },
) {
  const pattern = path.split(/[?#]/)[0];
  return render(
    <StrictMode>
      <Auth store={session}>
        <MockedProvider mocks={mocks}>
          <MemoryRouter initialEntries={[path]}>
            {extra}
            <Routes>
              <Route
                path={pattern}
                element={
                  <>
                    {page}
                    <Whereabouts />
                  </>
                }
              />
              <Route path="*" element={<Whereabouts />} />
            </Routes>
          </MemoryRouter>
        </MockedProvider>
      </Auth>
    </StrictMode>,
  );
}
