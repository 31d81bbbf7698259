import { ApolloProvider } from '@apollo/client/react';
import {
  createContext,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { createApolloClient } from '../graphql/client';
import { SessionStore, type SessionState } from './session';

export interface AuthContextValue {
  session: SessionStore;
  state: SessionState;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

/**
 * One session store and one Apollo client for the app's lifetime. The first render is
 * "restoring" until the refresh cookie has been tried, so a reload of a signed-in page does
 * not flash the sign-in form.
 */
export function AuthProvider({
  children,
  session,
}: {
  children: ReactNode;
  session?: SessionStore;
}) {
  const store = useMemo(() => session ?? new SessionStore(), [session]);
  const client = useMemo(() => createApolloClient(store), [store]);
  const state = useSyncExternalStore(store.subscribe, store.getState);

  useEffect(() => {
    if (store.getState().status === 'restoring') void store.restore();
  }, [store]);

  // Whatever the previous account could see must not survive into the next one. Only on a
  // real sign-out: clearing also cancels queries in flight, such as a public page's own
  // query while the first restore attempt finds no session.
  const previous = useRef(state.status);
  useEffect(() => {
    if (previous.current === 'signedIn' && state.status === 'signedOut') void client.clearStore();
    previous.current = state.status;
  }, [state.status, client]);

  const value = useMemo(() => ({ session: store, state }), [store, state]);
  return (
    <AuthContext value={value}>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </AuthContext>
  );
}
