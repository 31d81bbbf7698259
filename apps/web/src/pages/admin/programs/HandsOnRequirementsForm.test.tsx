import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../../auth/testing';
import { AdminSetHandsOnRequirementsDocument } from '../../../gql/graphql';
import { HandsOnRequirementsForm } from './HandsOnRequirementsForm';

const PROGRAM = '7f0c5f7e-8f5e-4a53-9a55-3f6f3f0b9b11';

describe('HandsOnRequirementsForm', () => {
  it("sends Florida's figures in minutes and says what saving does", async () => {
    renderPage(<HandsOnRequirementsForm programId={PROGRAM} current={null} />, {
      path: '/admin/programs',
      session: testSession(testUser({ roles: ['LEARNER', 'ADMIN'] })),
      mocks: [
        {
          request: {
            query: AdminSetHandsOnRequirementsDocument,
            variables: {
              input: {
                programId: PROGRAM,
                liveMinutes: [{ sessionKind: 'LAB', minimumMinutes: 3000 }],
                practicalExam: true,
                supervisedSessions: { minimumCount: 25, withinDays: null },
                supervisorRule: 'FLORIDA',
              },
            },
          },
          result: {
            data: {
              setProgramHandsOnRequirements: {
                __typename: 'HandsOnRequirements',
                practicalExam: true,
              },
            },
          },
        },
      ],
    });
    fireEvent.change(screen.getByLabelText('Hours of in-person labs'), { target: { value: '50' } });
    fireEvent.click(screen.getByLabelText(/A passed practical examination/));
    fireEvent.change(screen.getByLabelText('Confirmed supervised sessions'), {
      target: { value: '25' },
    });
    fireEvent.change(screen.getByLabelText('Supervisor rule'), { target: { value: 'FLORIDA' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save requirements' }));
    expect(await screen.findByText(/Saved\. Credentials already issued stay valid/)).toBeTruthy();
  });

  it('refuses lab hours that are not a number before sending anything', () => {
    renderPage(<HandsOnRequirementsForm programId={PROGRAM} current={null} />, {
      path: '/admin/programs',
      session: testSession(testUser({ roles: ['LEARNER', 'ADMIN'] })),
      mocks: [],
    });
    fireEvent.change(screen.getByLabelText('Hours of in-person labs'), {
      target: { value: 'fifty' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save requirements' }));
    expect(
      screen.getByText('Give the lab hours as a number from 1 to 200, or leave it empty.'),
    ).toBeTruthy();
  });
});
