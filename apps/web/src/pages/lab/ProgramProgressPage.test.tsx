import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgramProgressPageDocument } from '../../gql/graphql';
import { ProgramProgressPage } from './ProgramProgressPage';
import { renderAtRoute } from './render-at-route';

const LIVE_MISSING = 'Credited live minutes at in-person labs: 90 of 180';

const PROGRESS = {
  request: { query: ProgramProgressPageDocument, variables: { programId: 'p-1' } },
  result: {
    data: {
      credentialPrograms: [
        {
          __typename: 'CredentialProgram',
          id: 'p-1',
          title: 'Hybrid dry needling',
          description: 'Online courses, labs and a practical exam.',
          courses: [
            {
              __typename: 'Course',
              id: 'c-1',
              slug: 'needling-safety',
              currentVersion: { __typename: 'CourseVersion', id: 'v-1', title: 'Needling safety' },
            },
          ],
          handsOnRequirements: {
            __typename: 'HandsOnRequirements',
            liveMinutes: [
              { __typename: 'LiveMinutesRequirement', sessionKind: 'LAB', minimumMinutes: 180 },
            ],
            practicalExam: true,
            supervisedSessions: null,
          },
        },
      ],
      myProgramProgress: {
        __typename: 'ProgramProgress',
        programId: 'p-1',
        met: false,
        liveMinutes: 90,
        supervisedSessionsCounted: 0,
        startedOn: '2026-11-02',
        missing: [
          {
            __typename: 'MissingProgramRequirement',
            kind: 'LIVE_MINUTES',
            message: LIVE_MISSING,
            courseId: null,
            neededMinutes: 180,
            neededCount: null,
          },
        ],
      },
      myPracticalExams: {
        __typename: 'PracticalExamConnection',
        edges: [
          {
            __typename: 'PracticalExamEdge',
            node: {
              __typename: 'PracticalExam',
              id: 'r-1',
              programId: 'p-1',
              checklistTitle: 'Dry needling practical',
              examinedOn: '2026-12-01',
              passed: true,
              current: true,
              examinerName: 'Jordan Lee, PT',
              criticalFailed: [],
            },
          },
        ],
      },
    },
  },
};

describe('ProgramProgressPage', () => {
  it('shows each requirement met or missing with the API’s words, and the hands-on so far', async () => {
    renderAtRoute(<ProgramProgressPage />, {
      pattern: '/programs/:programId/progress',
      path: '/programs/p-1/progress',
      mocks: [PROGRESS],
    });
    await screen.findByRole('heading', { level: 1, name: 'Progress: Hybrid dry needling' });
    const items = within(screen.getByRole('region', { name: 'Requirements' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      '✓Met Course: Needling safety',
      `!Missing 3 h at in-person labs${LIVE_MISSING}`,
      '✓Met A passed practical exam',
    ]);
    expect(screen.getByText('1 requirement still to meet.', { exact: false })).toBeTruthy();
    expect(screen.getByText(/Passed/, { selector: '.badge' })).toBeTruthy();
    expect(screen.getByText(/Dry needling practical, .* examined by Jordan Lee, PT/)).toBeTruthy();
  });
});
