import { describe, expect, it } from 'vitest';
import { retakeSentence } from './blueprint-draft';
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
    const draft = quizDraft(
      {
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
        retakeWaitMinutes: 60,
        blueprint: [
          { objective: 'screening', count: 12 },
          { objective: 'prior-anatomy', count: 8 },
        ],
        blueprintPlan: null,
      },
      ['screening', 'placement'],
    );
    expect(draft.blueprint).toEqual([
      { objective: 'screening', count: '12' },
      { objective: 'placement', count: '' },
      { objective: 'prior-anatomy', count: '8' },
    ]);
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
        retakeWaitMinutes: 60,
        blueprint: [
          { objective: 'screening', count: 12 },
          { objective: 'prior-anatomy', count: 8 },
        ],
      },
    });
  });

  it('sends no blueprint when the bank shares the draw out, and no wait when empty', () => {
    const draft = { ...newQuizDraft('Quiz', 'bank-1', ['screening']), retakeWaitMinutes: '' };
    expect(parseQuizDraft(draft)).toMatchObject({
      ok: true,
      settings: { blueprint: null, retakeWaitMinutes: 0 },
    });
  });

  it('needs blueprint counts that add up to the questions drawn', () => {
    const draft = {
      ...newQuizDraft('Quiz', 'bank-1', ['screening', 'placement']),
      questionCount: '5',
      useBlueprint: true,
      blueprint: [
        { objective: 'screening', count: '2' },
        { objective: 'placement', count: '2' },
      ],
    };
    expect(parseQuizDraft(draft)).toEqual({
      ok: false,
      errors: {
        blueprint: 'The counts add up to 4 but each attempt draws 5: change them together',
      },
    });
    expect(
      parseQuizDraft({ ...draft, blueprint: [{ objective: 'screening', count: 'two' }] }),
    ).toEqual({
      ok: false,
      errors: { 'blueprint.screening': 'Enter a whole number of questions, or leave it empty' },
    });
  });

  it('says whether a retry can repeat questions', () => {
    expect(retakeSentence({ retakesMayRepeat: false, freshAttempts: 4 }, 3)).toBe(
      'Each of 3 attempts draws new questions.',
    );
    expect(retakeSentence({ retakesMayRepeat: true, freshAttempts: 2 }, null)).toBe(
      'A retry may repeat questions, so the key shows only after passing or the last attempt.',
    );
  });
});
