import { print } from 'graphql';
import { GRAPHQL_PATH } from '@fascicle/api-paths';
import { graphql } from '../gql';
import type { SessionUserFieldsFragment } from '../gql/graphql';

export type SessionUser = SessionUserFieldsFragment;

export type SessionState =
  { status: 'restoring' } | { status: 'signedOut' } | { status: 'signedIn'; user: SessionUser };

export const SessionUserFields = graphql(`
  fragment SessionUserFields on User {
    id
    email
    displayName
    profession
    licenseNumber
    licenseState
    roles
    emailVerified
  }
`);

/** No refreshToken field: the web app never holds the refresh token; the cookie does. */
const RefreshSessionDocument = graphql(`
  mutation RefreshSession {
    refreshToken {
      accessToken
      user {
        ...SessionUserFields
      }
    }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

type Listener = () => void;

/**
 * The signed-in session, in memory only. The access token (15 minutes) never touches
 * localStorage or sessionStorage, where any injected script could read it; the refresh token
 * lives in an httpOnly cookie the page cannot read at all. A reload starts signed out and
 * `restore()` trades the cookie for a fresh access token.
 */
export class SessionStore {
  private state: SessionState = { status: 'restoring' };
  private token: string | null = null;
  private listeners = new Set<Listener>();
  private refreshing: Promise<boolean> | null = null;

  constructor(private readonly endpoint = GRAPHQL_PATH) {}

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState => this.state;

  get accessToken(): string | null {
    return this.token;
  }

  /** After login or register: the mutation's answer already set the cookie. */
  signedIn(accessToken: string, user: SessionUser): void {
    this.token = accessToken;
    this.set({ status: 'signedIn', user });
  }

  /** The account's details as the API now has them (the address was verified, say). */
  userChanged(user: SessionUser): void {
    if (this.state.status === 'signedIn' && this.state.user.id === user.id) {
      this.set({ status: 'signedIn', user });
    }
  }

  /** On page load: a valid cookie restores the session; anything else means signed out. */
  async restore(): Promise<void> {
    await this.refresh();
  }

  /**
   * Trades the cookie for a new access token. Refresh tokens are single-use and a reused
   * one ends the session everywhere, so concurrent callers share one request, and tabs take
   * turns through a Web Lock (two tabs refreshing at once would otherwise look like theft).
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.withLock(() => this.exchangeCookie()).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  async signOut(): Promise<void> {
    this.token = null;
    this.set({ status: 'signedOut' });
    try {
      await this.post(print(LogoutDocument));
    } catch {
      // Already signed out here; the server-side session will expire on its own.
    }
  }

  private async exchangeCookie(): Promise<boolean> {
    try {
      const body = await this.post(print(RefreshSessionDocument));
      const payload = (body.data as { refreshToken?: { accessToken: string; user: SessionUser } })
        ?.refreshToken;
      if (!payload) throw new Error('refresh refused');
      this.signedIn(payload.accessToken, payload.user);
      return true;
    } catch {
      this.token = null;
      this.set({ status: 'signedOut' });
      return false;
    }
  }

  private async post(query: string): Promise<{ data?: unknown; errors?: unknown[] }> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  }

  private withLock<T>(task: () => Promise<T>): Promise<T> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return locks ? locks.request('fascicle-session-refresh', task) : task();
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
