import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AuthContext } from '../../auth/AuthProvider';
import type { SessionStore } from '../../auth/session';
import { testUser } from '../../auth/testing';
import type { Role } from '../../gql/graphql';

/**
 * For component tests of pages that read their route's parameters: `page` under `pattern`,
 * opened at `path`, signed in with `roles`, the API mocked.
 */
export function renderAtRoute(
  page: ReactNode,
  {
    pattern,
    path,
    mocks,
    roles = ['LEARNER'],
  }: { pattern: string; path: string; mocks: MockLink.MockedResponse[]; roles?: Role[] },
) {
  const state = { status: 'signedIn', user: testUser({ roles }) } as const;
  return render(
    <AuthContext value={{ session: {} as SessionStore, state }}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path={pattern} element={page} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </AuthContext>,
  );
}
