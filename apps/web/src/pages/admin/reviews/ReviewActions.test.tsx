import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AdminSendBackVersionDocument } from '../../../gql/graphql';
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
