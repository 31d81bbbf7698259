import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  TeachCreditReportDocument,
  TeachSubmitVersionDocument,
  type CreditReportFieldsFragment,
} from '../../gql/graphql';
import { creditReport, gateProblem } from './credit/credit-report.fixture';
import { SubmitForReview } from './SubmitForReview';

type Mock = MockLink.MockedResponse;

const VERSION = {
  id: 'v-1',
  number: 1,
  title: 'Cervical dry needling',
  modules: [
    {
      __typename: 'CourseModule' as const,
      id: 'm-1',
      position: 1,
      title: 'Landmarks',
      objectives: [],
      quiz: null,
      lessons: [
        {
          __typename: 'Lesson' as const,
          id: 'l-1',
          position: 1,
          title: 'Landmarks',
          seatTimeMinutes: 5,
        },
      ],
    },
  ],
};

function reportMock(report: CreditReportFieldsFragment): Mock {
  return {
    request: { query: TeachCreditReportDocument, variables: { id: VERSION.id } },
    result: {
      data: {
        courseVersion: {
          __typename: 'CourseVersion',
          id: VERSION.id,
          questionBanks: [
            {
              __typename: 'QuestionBank',
              id: 'b-1',
              questions: [{ __typename: 'Question', id: 'q-1' }],
            },
          ],
          creditReport: report,
          observedTime: null,
        },
      },
    },
    maxUsageCount: 5,
  };
}

function renderSubmit(mocks: Mock[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <SubmitForReview version={VERSION} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('SubmitForReview and the credit gates', () => {
  it('lists the gate problems before submitting, each with where to fix it, and waits', async () => {
    renderSubmit([
      reportMock(
        creditReport({
          claimedMinutes: 480,
          supportedMinutes: 2,
          problems: [
            gateProblem(
              'CLAIM_EXCEEDS_SUPPORTED',
              'creditMinutes',
              'The course claims 480 minutes of instruction but its content supports 2',
            ),
            gateProblem(
              'UNKNOWN_OBJECTIVE',
              'questions.q-1.objectiveTag',
              'Question "Where?" is tagged "made-up"',
            ),
          ],
        }),
      ),
    ]);
    expect(
      await screen.findByText(
        'The course claims 480 minutes of instruction but its content supports 2.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the question' }).getAttribute('href')).toBe(
      '/teach/versions/v-1/banks/b-1#question-q-1',
    );
    expect(screen.getByText('Not ready')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Submit for review' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('lists every problem of a refusal by the credit gates, not only the first', async () => {
    renderSubmit([
      reportMock(creditReport()),
      {
        request: { query: TeachSubmitVersionDocument, variables: { versionId: VERSION.id } },
        result: {
          errors: [
            new GraphQLError('The course claims 480 minutes; Disclose who wrote the course', {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'CREDIT_GATES',
                field: 'creditMinutes',
                problems: [
                  {
                    code: 'CLAIM_EXCEEDS_SUPPORTED',
                    field: 'creditMinutes',
                    message: 'The course claims 480 minutes',
                  },
                  {
                    code: 'DISCLOSURE_MISSING',
                    field: 'disclosure.contributors',
                    message: 'Disclose who wrote the course',
                  },
                ],
              },
            }),
          ],
        },
      },
    ]);
    expect(await screen.findByText('Ready to submit')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Submit for review' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit', hidden: true }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('fails 2 credit gates');
    expect(within(alert).getByText('The course claims 480 minutes.')).toBeTruthy();
    expect(within(alert).getByText('Disclose who wrote the course.')).toBeTruthy();
    expect(within(alert).getByRole('link', { name: 'Edit the disclosure' })).toBeTruthy();
  });
});
