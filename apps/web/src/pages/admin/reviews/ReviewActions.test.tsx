import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  AdminOverrideGatesDocument,
  AdminPublishAfterOverrideDocument,
  AdminPublishVersionDocument,
  AdminSendBackVersionDocument,
} from '../../../gql/graphql';
import { ReviewActions } from './ReviewActions';

const VERSION = { id: 'v-1', title: 'Lumbar multifidus', number: 2 };
const COMMENT = 'Add the contraindications before the technique.';

type Mock = MockLink.MockedResponse;

function sendBackMock(answer: NonNullable<Mock['result']>): Mock {
  return {
    request: {
      query: AdminSendBackVersionDocument,
      variables: { input: { versionId: VERSION.id, comment: COMMENT } },
    },
    result: answer,
  };
}

function renderActions(mocks: Mock[], onDone = vi.fn()) {
  render(
    <MockedProvider mocks={mocks}>
      <ReviewActions version={VERSION} onDone={onDone} />
    </MockedProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Send back Lumbar multifidus, version 2' }));
  return onDone;
}

describe('ReviewActions: send back', () => {
  it('asks for a comment and sends nothing without one', () => {
    const answer = vi.fn();
    const onDone = renderActions([sendBackMock(answer)]);
    fireEvent.change(screen.getByLabelText('Comment for the authors'), {
      target: { value: '   ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send back to authors' }));
    expect(screen.getByText('Write what the authors must change.')).toBeTruthy();
    expect(answer).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends the trimmed comment and reports what happened', async () => {
    const answer = vi.fn(() => ({
      data: {
        sendBackCourseVersion: {
          __typename: 'CourseVersion' as const,
          id: VERSION.id,
          status: 'DRAFT',
          reviewComment: COMMENT,
        },
      },
    }));
    const onDone = renderActions([sendBackMock(answer)]);
    fireEvent.change(screen.getByLabelText('Comment for the authors'), {
      target: { value: `  ${COMMENT}\n` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send back to authors' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith('Sent Lumbar multifidus, version 2 back to its authors.'),
    );
    expect(answer).toHaveBeenCalledTimes(1);
  });

  it('shows the API’s refusal and keeps the form', async () => {
    const onDone = renderActions([
      sendBackMock(() => ({
        errors: [new GraphQLError('Only a version in review can be sent back')],
      })),
    ]);
    fireEvent.change(screen.getByLabelText('Comment for the authors'), {
      target: { value: COMMENT },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send back to authors' }));
    expect(await screen.findByText('Only a version in review can be sent back')).toBeTruthy();
    expect(screen.getByLabelText('Comment for the authors')).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });
});

const REASON = 'The board approved these hours on the provider’s documented live sessions.';

describe('ReviewActions: publishing past the credit gates', () => {
  const refused: Mock = {
    request: { query: AdminPublishVersionDocument, variables: { versionId: VERSION.id } },
    result: {
      errors: [
        new GraphQLError('The course claims 480 minutes; The course has no quiz', {
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'CREDIT_GATES',
            problems: [
              {
                code: 'CLAIM_EXCEEDS_SUPPORTED',
                field: 'creditMinutes',
                message: 'The course claims 480 minutes',
              },
              { code: 'NO_ASSESSMENT', field: 'quizzes', message: 'The course has no quiz' },
            ],
          },
        }),
      ],
    },
  };

  it('lists every problem, then overrides with a written reason and publishes', async () => {
    const override = vi.fn(() => ({
      data: {
        overrideCreditGates: {
          __typename: 'CourseVersion' as const,
          id: VERSION.id,
          status: 'IN_REVIEW' as const,
        },
      },
    }));
    const published = vi.fn(() => ({
      data: {
        publishCourseVersion: {
          __typename: 'CourseVersion' as const,
          id: VERSION.id,
          status: 'PUBLISHED' as const,
          publishedAt: '2026-12-03T10:00:00.000Z',
        },
      },
    }));
    const onDone = vi.fn();
    render(
      <MockedProvider
        mocks={[
          refused,
          {
            request: {
              query: AdminOverrideGatesDocument,
              variables: { input: { versionId: VERSION.id, reason: REASON } },
            },
            result: override,
          },
          {
            request: {
              query: AdminPublishAfterOverrideDocument,
              variables: { versionId: VERSION.id },
            },
            result: published,
          },
        ]}
      >
        <ReviewActions version={VERSION} onDone={onDone} blockingProblems={2} />
      </MockedProvider>,
    );
    expect(
      screen.getByText(/fails 2 credit gates: publishing it needs a written override/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publish Lumbar multifidus, version 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Publish', hidden: true }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('fails 2 credit gates');
    expect(screen.getByText('The course claims 480 minutes.')).toBeTruthy();
    expect(screen.getByText('The course has no quiz.')).toBeTruthy();

    // A reason is required, and one worth reading.
    const reason = screen.getByLabelText('Why credit is justified despite these problems');
    fireEvent.change(reason, { target: { value: 'Looks fine.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Override and publish' }));
    expect(
      screen.getByText(
        'Write at least 20 characters (11 so far): a reviewer and an auditor will read it.',
      ),
    ).toBeTruthy();
    expect(override).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: REASON } });
    fireEvent.click(screen.getByRole('button', { name: 'Override and publish' }));
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        'Published Lumbar multifidus, version 2, overriding the credit gates.',
      ),
    );
    expect(override).toHaveBeenCalledTimes(1);
    expect(published).toHaveBeenCalledTimes(1);
  });
});
