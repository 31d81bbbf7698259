import { describe, expect, it } from 'vitest';
import { newQuizDraft, parseQuizDraft, quizDraft } from './quiz-settings';

describe('quiz settings form', () => {
  it('reads empty numbers as none: all questions, untimed, unlimited', () => {
    const parsed = parseQuizDraft(newQuizDraft('Module quiz', 'bank-1'));
    expect(parsed).toMatchObject({
      ok: true,
      settings: { questionCount: null, timeLimitSeconds: null, maxAttempts: null },
    });
  });

  it('takes the time limit in minutes and sends seconds', () => {
    const parsed = parseQuizDraft({ ...newQuizDraft('Quiz', 'bank-1'), timeLimitMinutes: '15' });
    expect(parsed).toMatchObject({ ok: true, settings: { timeLimitSeconds: 900 } });
  });

  it('refuses what is not a whole number, and a missing bank, before asking the API', () => {
    const parsed = parseQuizDraft({
      ...newQuizDraft('Quiz', ''),
      passingScorePercent: 'eighty',
      timeLimitMinutes: '300',
    });
    expect(parsed).toEqual({
      ok: false,
      errors: {
        passingScorePercent: 'Enter a whole number',
        timeLimitSeconds: 'The time limit is 1 to 240 minutes; leave it empty for none',
        bankId: 'Choose the bank the quiz draws from',
      },
    });
  });

  it('round-trips a saved quiz', () => {
    const draft = quizDraft({
      id: 'q',
      title: 'Final exam',
      moduleId: null,
      isFinalExam: true,
      bank: { id: 'b', title: 'Pool' },
      passingScorePercent: 80,
      questionCount: 20,
      questionsPerAttempt: 20,
      timeLimitSeconds: 1800,
      maxAttempts: 3,
      scoring: 'PARTIAL_CREDIT',
      reviewContent: 'SCORE_ONLY',
      reviewTiming: 'AFTER_EACH_ATTEMPT',
      shuffleQuestions: false,
      shuffleOptions: true,
    });
    expect(parseQuizDraft(draft)).toEqual({
      ok: true,
      settings: {
        title: 'Final exam',
        bankId: 'b',
        passingScorePercent: 80,
        questionCount: 20,
        timeLimitSeconds: 1800,
        maxAttempts: 3,
        scoring: 'PARTIAL_CREDIT',
        reviewContent: 'SCORE_ONLY',
        reviewTiming: 'AFTER_EACH_ATTEMPT',
        shuffleQuestions: false,
        shuffleOptions: true,
      },
    });
  });
});
