import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TeachReorderQuestionsDocument } from '../../gql/graphql';
import { QuestionList } from './QuestionList';

const question = (id: string, position: number) => ({
  __typename: 'Question' as const,
  id,
  position,
  type: 'SINGLE_CHOICE' as const,
  stemMarkdown: `Stem of ${id}`,
  explanationMarkdown: 'Because.',
  reference: 'A textbook.',
  objectiveTag: 'landmarks',
  options: [
    {
      __typename: 'QuestionOption' as const,
      id: `${id}-a`,
      position: 1,
      text: 'A',
      isCorrect: true,
    },
    {
      __typename: 'QuestionOption' as const,
      id: `${id}-b`,
      position: 2,
      text: 'B',
      isCorrect: false,
    },
  ],
});

const BANK = {
  id: 'b-1',
  questions: [question('q-1', 1), question('q-2', 2), question('q-3', 3)],
  checks: { items: [] },
};

const reorder = (questionIds: string[], result: MockLink.MockedResponse['result']) => ({
  request: {
    query: TeachReorderQuestionsDocument,
    variables: { input: { bankId: 'b-1', questionIds } },
  },
  result,
});

function renderList(editable: boolean, mocks: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={mocks}>
      <QuestionList bank={BANK} editable={editable} />
    </MockedProvider>,
  );
}

describe('QuestionList', () => {
  it('moves a question down and says where it went', async () => {
    renderList(true, [
      reorder(['q-2', 'q-1', 'q-3'], {
        data: {
          reorderQuestions: {
            __typename: 'QuestionBank',
            id: 'b-1',
            questions: [
              { __typename: 'Question', id: 'q-2', position: 1 },
              { __typename: 'Question', id: 'q-1', position: 2 },
              { __typename: 'Question', id: 'q-3', position: 3 },
            ],
          },
        },
      }),
    ]);
    expect(
      (screen.getByRole('button', { name: 'Move question 1 up' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move question 1 down' }));
    expect(await screen.findByText('Question 1 moved to position 2 of 3.')).toBeTruthy();
  });

  it('shows a refusal from the API', async () => {
    renderList(true, [
      reorder(['q-1', 'q-3', 'q-2'], {
        errors: [
          new GraphQLError('Version 1 is PUBLISHED and cannot change', {
            extensions: { code: 'CONFLICT', reason: 'VERSION_NOT_EDITABLE' },
          }),
        ],
      }),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Move question 3 up' }));
    expect(await screen.findByText(/PUBLISHED and cannot change/)).toBeTruthy();
  });

  it('offers no moves when the bank cannot change', () => {
    renderList(false);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(screen.queryByRole('button', { name: /Move question/ })).toBeNull();
  });
});
