import { MultipleChoiceScoring as Scoring, QuestionType } from './question-type.js';
import { scoreQuestion } from './score-question.js';

const single = {
  type: QuestionType.SINGLE_CHOICE,
  optionIds: ['a', 'b', 'c'],
  correctOptionIds: ['b'],
};
const multi = {
  type: QuestionType.MULTIPLE_CHOICE,
  optionIds: ['a', 'b', 'c', 'd'],
  correctOptionIds: ['a', 'b'],
};

describe('scoreQuestion', () => {
  it('gives a single-choice question 1 for the right option only', () => {
    expect(scoreQuestion(single, ['b'], Scoring.PARTIAL_CREDIT)).toBe(1);
    expect(scoreQuestion(single, ['a'], Scoring.PARTIAL_CREDIT)).toBe(0);
    expect(scoreQuestion(single, [], Scoring.PARTIAL_CREDIT)).toBe(0);
    // Selecting two options in a single-choice question is never right.
    expect(scoreQuestion(single, ['b', 'a'], Scoring.PARTIAL_CREDIT)).toBe(0);
  });

  it('scores multiple choice all-or-nothing', () => {
    expect(scoreQuestion(multi, ['a', 'b'], Scoring.ALL_OR_NOTHING)).toBe(1);
    expect(scoreQuestion(multi, ['b', 'a'], Scoring.ALL_OR_NOTHING)).toBe(1);
    expect(scoreQuestion(multi, ['a'], Scoring.ALL_OR_NOTHING)).toBe(0);
    expect(scoreQuestion(multi, ['a', 'b', 'c'], Scoring.ALL_OR_NOTHING)).toBe(0);
  });

  it('scores multiple choice with partial credit, right minus wrong, never below 0', () => {
    expect(scoreQuestion(multi, ['a', 'b'], Scoring.PARTIAL_CREDIT)).toBe(1);
    expect(scoreQuestion(multi, ['a'], Scoring.PARTIAL_CREDIT)).toBe(0.5);
    expect(scoreQuestion(multi, ['a', 'c'], Scoring.PARTIAL_CREDIT)).toBe(0);
    expect(scoreQuestion(multi, ['a', 'b', 'c', 'd'], Scoring.PARTIAL_CREDIT)).toBe(0);
    expect(scoreQuestion(multi, ['c', 'd'], Scoring.PARTIAL_CREDIT)).toBe(0);
  });

  it('ignores a repeated selection', () => {
    expect(scoreQuestion(multi, ['a', 'a'], Scoring.PARTIAL_CREDIT)).toBe(0.5);
  });
});
