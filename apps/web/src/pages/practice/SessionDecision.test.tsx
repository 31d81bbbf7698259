import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, testSession, testUser } from '../../auth/testing';
import {
  ConfirmSupervisedSessionDocument,
  RejectSupervisedSessionDocument,
} from '../../gql/graphql';
import { SessionDecision } from './SessionDecision';
import type { SupervisedSession } from './SessionDetails';

const SESSION: SupervisedSession = {
  id: 'ss-1',
  programId: 'p-1',
  sessionDate: '2026-11-30',
  bodyRegions: ['SHOULDER_GIRDLE', 'THORACIC_BACK'],
  muscles: ['upper trapezius'],
  needleCount: 4,
  notes: null,
  status: 'PENDING',
  decidedAt: null,
  rejectionReason: null,
  learnerName: 'Robin Reyes, PT',
  supervisorName: 'Jordan Lee, PT',
  supervisorCheck: null,
};

function renderDecision(mocks: MockLink.MockedResponse[]) {
  const onDecided = vi.fn();
  renderPage(
    <ul>
      <SessionDecision session={SESSION} onDecided={onDecided} />
    </ul>,
    { path: '/practice/confirm', session: testSession(testUser()), mocks },
  );
  return onDecided;
}

const WHAT = 'the session of Nov 30, 2026 by Robin Reyes, PT';

describe('SessionDecision', () => {
  it('shows what was done and by whom, the regions in words', () => {
    renderDecision([]);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Robin Reyes, PT');
    expect(item.textContent).toContain('Shoulder girdle, Thoracic back (over the lung)');
  });

  it('asks for a reason before rejecting, then sends it', async () => {
    const onDecided = renderDecision([
      {
        request: {
          query: RejectSupervisedSessionDocument,
          variables: { id: 'ss-1', reason: 'I was not present that day' },
        },
        result: {
          data: {
            rejectSupervisedSession: {
              __typename: 'SupervisedSession',
              ...SESSION,
              status: 'REJECTED',
              decidedAt: '2026-12-01T10:00:00.000Z',
              rejectionReason: 'I was not present that day',
            },
          },
        },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^Reject ${WHAT}`) }));
    const form = screen.getByRole('form', { name: new RegExp(`^Reject ${WHAT}`) });
    fireEvent.click(within(form).getByRole('button', { name: 'Reject session' }));
    expect(within(form).getByText('Say why, so the learner can correct their log.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Reason for rejecting'), {
      target: { value: 'I was not present that day' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Reject session' }));
    await vi.waitFor(() => expect(onDecided).toHaveBeenCalledWith(`Rejected ${WHAT}.`));
  });

  it("shows why a confirmation was refused, in the API's words", async () => {
    const message =
      'Record your license and dry needling experience (setSupervisorQualification) before confirming a session';
    const onDecided = renderDecision([
      {
        request: { query: ConfirmSupervisedSessionDocument, variables: { id: 'ss-1' } },
        result: {
          errors: [
            new GraphQLError(message, {
              extensions: { code: 'CONFLICT', reason: 'QUALIFICATION_MISSING' },
            }),
          ],
        },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: `Confirm ${WHAT}` }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(onDecided).not.toHaveBeenCalled();
  });
});
