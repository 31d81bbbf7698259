import { useApolloClient, useMutation } from '@apollo/client/react';
import { use, useCallback } from 'react';
import { graphql } from '../gql';
import type { LoginInput, RegisterInput, Role } from '../gql/graphql';
import { AuthContext } from './AuthProvider';
import type { SessionUser } from './session';

const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      user {
        ...SessionUserFields
      }
    }
  }
`);

const RegisterDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      user {
        ...SessionUserFields
      }
    }
  }
`);

const SessionViewerDocument = graphql(`
  query SessionViewer {
    me {
      ...SessionUserFields
    }
  }
`);

function useAuthContext() {
  const context = use(AuthContext);
  if (!context) throw new Error('useAuth needs <AuthProvider> above it');
  return context;
}

/** The session and the actions that change it. Errors reject; forms show them by field. */
export function useAuth() {
  const { session, state } = useAuthContext();
  const [login] = useMutation(LoginDocument);
  const [register] = useMutation(RegisterDocument);

  const signIn = useCallback(
    async (input: LoginInput) => {
      const { data } = await login({ variables: { input } });
      if (data) session.signedIn(data.login.accessToken, data.login.user);
    },
    [login, session],
  );
  const signUp = useCallback(
    async (input: RegisterInput) => {
      const { data } = await register({ variables: { input } });
      if (data) session.signedIn(data.register.accessToken, data.register.user);
    },
    [register, session],
  );
  const signOut = useCallback(() => session.signOut(), [session]);
  const client = useApolloClient();
  /** Asks the API for the signed-in account again, after something changed it elsewhere. */
  const reloadUser = useCallback(async () => {
    const { data } = await client.query({
      query: SessionViewerDocument,
      fetchPolicy: 'network-only',
    });
    if (data) session.userChanged(data.me);
  }, [client, session]);
  /** The account as a mutation answered it (a new name, another license), without asking again. */
  const userChanged = useCallback(
    (changed: SessionUser) => session.userChanged(changed),
    [session],
  );

  return {
    state,
    user: state.status === 'signedIn' ? state.user : null,
    signIn,
    signUp,
    signOut,
    reloadUser,
    userChanged,
  };
}

/** The signed-in user, for pages behind <RequireAuth>. */
export function useMe(): SessionUser {
  const { state } = useAuthContext();
  if (state.status !== 'signedIn') throw new Error('useMe is only for pages behind RequireAuth');
  return state.user;
}

export function hasRole(user: SessionUser | null, role: Role): boolean {
  return user?.roles.includes(role) ?? false;
}
