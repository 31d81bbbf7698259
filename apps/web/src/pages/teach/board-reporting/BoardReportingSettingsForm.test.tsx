import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderPage, testSession, testUser } from '../../../auth/testing';
import {
  CourseBoardReportingDocument,
  SetCourseBoardReportingDocument,
} from '../../../gql/graphql';
import { BoardReportingSettingsForm } from './BoardReportingSettingsForm';

type Mock = MockLink.MockedResponse;

const LOAD: Mock = {
  request: { query: CourseBoardReportingDocument, variables: { courseId: 'c-1' } },
  result: { data: { courseBoardReporting: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const INPUT = {
  courseId: 'c-1',
  providerNumber: '50-12',
  courseNumber: '20-345',
  boards: [{ state: 'FL', profession: 'PHYSICAL_THERAPIST' }],
};

function render(mocks: Mock[]) {
  renderPage(<BoardReportingSettingsForm courseId="c-1" />, {
    path: '/teach/board-reporting',
    session: testSession(testUser({ roles: ['LEARNER', 'INSTRUCTOR'] })),
    mocks: [LOAD, ...mocks],
  });
}

async function fill() {
  fireEvent.change(await screen.findByLabelText('CE Broker provider number'), {
    target: { value: INPUT.providerNumber },
  });
  fireEvent.change(screen.getByLabelText('CE Broker course number'), {
    target: { value: INPUT.courseNumber },
  });
  fireEvent.change(screen.getByLabelText('State of board 1'), { target: { value: 'fl' } });
}

describe('BoardReportingSettingsForm', () => {
  it('sends the numbers and boards, the state in capitals, and says it saved', async () => {
    render([
      {
        request: { query: SetCourseBoardReportingDocument, variables: { input: INPUT } },
        result: {
          data: {
            setCourseBoardReporting: {
              __typename: 'CourseBoardReporting',
              ...INPUT,
              boards: INPUT.boards.map((b) => ({ __typename: 'ReportedBoard', ...b })),
            },
          },
        },
      },
    ]);
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/^Saved\. Completions of this course/)).toBeTruthy();
  });

  it('shows the API’s refusal beside the field it names', async () => {
    const message =
      'providerNumber must be your CE Broker provider tracking number: 50- followed by up to nine digits, e.g. 50-12345';
    render([
      {
        request: { query: SetCourseBoardReportingDocument, variables: { input: INPUT } },
        result: {
          errors: [
            new GraphQLError(message, {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'providerNumber',
                problems: [{ field: 'providerNumber', message }],
              },
            }),
          ],
        },
      },
    ]);
    await fill();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/50- followed by up to nine digits/);
    expect(screen.getByLabelText('CE Broker provider number').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect((screen.getByLabelText('State of board 1') as HTMLInputElement).value).toBe('fl');
  });
});
