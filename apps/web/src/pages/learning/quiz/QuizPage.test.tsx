import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  QuizPageDocument,
  SaveAnswerDocument,
  StartQuizAttemptDocument,
  SubmitQuizAttemptDocument,
} from '../../../gql/graphql';
import { QuizPage } from './QuizPage';

const STEMS = [
  'Where should the needle point over the thorax?',
  'What follows breathlessness after a session?',
];

const quiz = {
  __typename: 'Quiz' as const,
  id: 'q-1',
  title: 'Safety check',
  isFinalExam: false,
  passingScorePercent: 100,
  questionsPerAttempt: 2,
  timeLimitSeconds: null,
  maxAttempts: 3,
  retakeWaitMinutes: 0,
  reviewContent: 'SCORE_ONLY' as const,
  reviewTiming: 'AFTER_EACH_ATTEMPT' as const,
  viewerPolicy: null,
};

function attempt(submitted: boolean) {
  return {
    __typename: 'QuizAttempt' as const,
    id: 'a-1',
    quizId: 'q-1',
    attemptNumber: 1,
    status: submitted ? ('SUBMITTED' as const) : ('IN_PROGRESS' as const),
    startedAt: '2026-03-02T10:00:00.000Z',
    secondsRemaining: null,
    submittedAt: submitted ? '2026-03-02T10:05:00.000Z' : null,
    submittedLate: false,
    result: submitted
      ? {
          __typename: 'AttemptResult' as const,
          scorePercent: 100,
          scorePoints: 2,
          maxPoints: 2,
          passed: true,
          showsCorrectness: false,
          showsKey: false,
        }
      : null,
    questions: STEMS.map((stem, index) => ({
      __typename: 'AttemptQuestion' as const,
      questionId: `question-${index + 1}`,
      position: index + 1,
      type: 'SINGLE_CHOICE' as const,
      stemHtml: `<p>${stem}</p>`,
      selectedOptionIds: submitted ? [`right-${index + 1}`] : [],
      options: [
        {
          __typename: 'AttemptOption' as const,
          id: `right-${index + 1}`,
          text: 'Away from the lung',
        },
        { __typename: 'AttemptOption' as const, id: `wrong-${index + 1}`, text: 'Straight down' },
      ],
      review: null,
    })),
  };
}

function quizPage(attempts: ReturnType<typeof attempt>[]): MockLink.MockedResponse {
  return {
    request: { query: QuizPageDocument, variables: { quizId: 'q-1' } },
    result: { data: { quiz, myQuizAttempts: attempts } },
  };
}

const mocks: MockLink.MockedResponse[] = [
  quizPage([]),
  {
    request: { query: StartQuizAttemptDocument, variables: { quizId: 'q-1' } },
    result: { data: { startQuizAttempt: attempt(false) } },
  },
  {
    request: {
      query: SaveAnswerDocument,
      variables: {
        input: { attemptId: 'a-1', questionId: 'question-1', selectedOptionIds: ['right-1'] },
      },
    },
    result: {
      data: {
        saveAnswer: {
          __typename: 'SavedAnswer',
          attemptId: 'a-1',
          questionId: 'question-1',
          selectedOptionIds: ['right-1'],
          answeredAt: '2026-03-02T10:01:00.000Z',
        },
      },
    },
  },
  {
    request: { query: SubmitQuizAttemptDocument, variables: { attemptId: 'a-1' } },
    result: { data: { submitQuizAttempt: attempt(true) } },
  },
  // The page asks again after submitting (the policy and attempts left).
  quizPage([attempt(true)]),
];

function renderQuiz() {
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={['/learning/e-1/quizzes/q-1']}>
        <Routes>
          <Route path="/learning/:enrollmentId/quizzes/:quizId" element={<QuizPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('QuizPage', () => {
  it('names each question by its text, and moves focus to the first question, then to the result', async () => {
    renderQuiz();
    fireEvent.click(await screen.findByRole('button', { name: 'Start the quiz' }));

    const first = await screen.findByRole('group', { name: `Question 1 of 2 ${STEMS[0]}` });
    expect(screen.getByRole('group', { name: `Question 2 of 2 ${STEMS[1]}` })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(first));
    // Every choice has a name, within its question.
    const right = within(first).getByRole('radio', { name: 'Away from the lung' });
    expect(within(first).getByRole('radio', { name: 'Straight down' })).toBeTruthy();

    fireEvent.click(right);
    expect(await within(first).findByText('✓ Answer saved')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit your answers?' });
    expect(within(dialog).getByText(/You answered 1 of 2 questions\./)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));

    // Announced (a status) and focused: the form that had focus is gone.
    const result = await screen.findByText('Your score: 100% — passed');
    const status = result.closest('[role="status"]');
    expect(status).not.toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(status));
  });
});
