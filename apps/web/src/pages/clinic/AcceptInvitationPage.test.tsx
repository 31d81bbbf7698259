import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AuthContext, type AuthContextValue } from '../../auth/AuthProvider';
import type { SessionState, SessionStore } from '../../auth/session';
import { ClinicInvitationPreviewDocument } from '../../gql/graphql';
import { AcceptInvitationPage } from './AcceptInvitationPage';

const TOKEN = 'tok-123';
const INVITED = 'sam.ortiz@example.com';

type Mock = MockLink.MockedResponse;

function preview(state: 'OPEN' | 'ACCEPTED' | 'EXPIRED'): Mock {
  return {
    request: { query: ClinicInvitationPreviewDocument, variables: { token: TOKEN } },
    result: {
      data: {
        invitationPreview: {
          __typename: 'InvitationPreview',
          organizationName: 'Foothills Rehab',
          email: INVITED,
          role: 'STAFF',
          state,
          expiresAt: '2026-12-11T10:00:00.000Z',
        },
      },
    },
  };
}

function signedInAs(email: string): SessionState {
  return {
    status: 'signedIn',
    user: {
      id: 'u-1',
      email,
      displayName: 'Someone',
      profession: 'PHYSICAL_THERAPIST',
      licenseNumber: null,
      licenseState: null,
      roles: ['LEARNER'],
      emailVerified: true,
    },
  };
}

function renderPage(mocks: Mock[], state: SessionState = { status: 'signedOut' }) {
  const auth: AuthContextValue = { session: {} as SessionStore, state };
  render(
    <AuthContext value={auth}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[`/invitations/accept?token=${TOKEN}`]}>
          <AcceptInvitationPage />
        </MemoryRouter>
      </MockedProvider>
    </AuthContext>,
  );
}

describe('AcceptInvitationPage', () => {
  it('names the clinic, the role and the invited address before anyone signs in', async () => {
    renderPage([preview('OPEN')]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Join Foothills Rehab' }),
    ).toBeTruthy();
    expect(
      screen.getByText(
        (_, node) =>
          node?.textContent === `Foothills Rehab invites you to join as staff; sent to ${INVITED}.`,
      ),
    ).toBeTruthy();
    const signIn = screen.getByRole('link', { name: 'Sign in' });
    expect(signIn.getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent(`/invitations/accept?token=${TOKEN}`)}`,
    );
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).toBeNull();
  });

  it('offers Accept to the invited account', async () => {
    renderPage([preview('OPEN')], signedInAs(INVITED));
    expect(await screen.findByRole('button', { name: 'Accept invitation' })).toBeTruthy();
  });

  it('tells another account, instead of offering a click that can only fail', async () => {
    renderPage([preview('OPEN')], signedInAs('jordan@example.com'));
    expect(await screen.findByText('This invitation is for another account')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).toBeNull();
    expect(screen.getByRole('button', { name: `Sign out and sign in as ${INVITED}` })).toBeTruthy();
  });

  it('says an expired link is over', async () => {
    renderPage([preview('EXPIRED')], signedInAs(INVITED));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invitation has expired' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).toBeNull();
  });

  it('explains an unknown or withdrawn link', async () => {
    renderPage([
      {
        request: { query: ClinicInvitationPreviewDocument, variables: { token: TOKEN } },
        result: {
          errors: [
            new GraphQLError('This invitation is not valid, has expired or was already used', {
              extensions: { code: 'BAD_USER_INPUT', field: 'token' },
            }),
          ],
        },
      },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invitation link does not work' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
