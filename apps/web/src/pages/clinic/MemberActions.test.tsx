import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { useQuery } from '@apollo/client/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { AuthContext, type AuthContextValue } from '../../auth/AuthProvider';
import type { SessionStore } from '../../auth/session';
import { ClinicMembersDocument, ClinicSetMemberRequirementDocument } from '../../gql/graphql';
import { MemberActions } from './MemberActions';
import { requirementWords } from './roles';

const CLINIC = 'o-1';
type Mock = MockLink.MockedResponse;

const SAM = {
  __typename: 'Membership' as const,
  id: 'm-2',
  userId: 'u-2',
  displayName: 'Sam Ortiz, PT',
  email: 'sam@example.com',
  role: 'STAFF' as const,
  requiredToHold: true,
  joinedAt: '2026-03-01T10:00:00.000Z',
};

const members = (member: typeof SAM): Mock => ({
  request: { query: ClinicMembersDocument, variables: { id: CLINIC } },
  result: { data: { organizationMembers: [member] } },
});

function setRequirement(requiredToHold: boolean, answer: NonNullable<Mock['result']>): Mock {
  return {
    request: {
      query: ClinicSetMemberRequirementDocument,
      variables: { input: { membershipId: SAM.id, requiredToHold } },
    },
    result: answer,
  };
}

/** The member list's row as MembersPage renders it: what it says, then the actions. */
function Harness() {
  const { data } = useQuery(ClinicMembersDocument, { variables: { id: CLINIC } });
  const member = data?.organizationMembers[0];
  if (!member) return null;
  return (
    <>
      <p>{requirementWords(member.requiredToHold)}</p>
      <MemberActions clinicId={CLINIC} member={member} />
    </>
  );
}

function renderRow(mocks: Mock[]) {
  const auth: AuthContextValue = {
    session: {} as SessionStore,
    state: {
      status: 'signedIn',
      user: {
        id: 'u-1',
        email: 'jordan@example.com',
        displayName: 'Jordan Blake, DPT',
        profession: 'PHYSICAL_THERAPIST',
        licenseNumber: null,
        licenseState: null,
        roles: ['LEARNER'],
        emailVerified: true,
      },
    },
  };
  render(
    <AuthContext value={auth}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter>
          <Harness />
        </MemoryRouter>
      </MockedProvider>
    </AuthContext>,
  );
}

describe('MemberActions: who must hold the required credentials', () => {
  it('stops requiring a member, and the row says so at once', async () => {
    const answer = vi.fn(() => ({
      data: {
        setMemberRequirement: {
          __typename: 'Membership' as const,
          id: SAM.id,
          requiredToHold: false,
        },
      },
    }));
    renderRow([members(SAM), setRequirement(false, answer)]);
    expect(await screen.findByText('Must hold the required credentials')).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Stop requiring Sam Ortiz, PT to hold the required credentials',
      }),
    );
    expect(await screen.findByText('Not required to hold the required credentials')).toBeTruthy();
    expect(
      screen.getByRole('button', {
        name: 'Require Sam Ortiz, PT to hold the required credentials',
      }),
    ).toBeTruthy();
    expect(answer).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('requires a member not required, and shows the API’s refusal', async () => {
    renderRow([
      members({ ...SAM, requiredToHold: false }),
      setRequirement(true, () => ({
        errors: [
          new GraphQLError('This person is no longer a member of the clinic', {
            extensions: { code: 'CONFLICT', field: 'membershipId' },
          }),
        ],
      })),
    ]);
    const button = await screen.findByRole('button', {
      name: 'Require Sam Ortiz, PT to hold the required credentials',
    });
    expect(button.textContent).toBe('Require credentials');
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This person is no longer a member of the clinic',
    );
    expect(screen.getByText('Not required to hold the required credentials')).toBeTruthy();
  });
});
