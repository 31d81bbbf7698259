import { gradeAttempt } from './grade-attempt.js';
import { MultipleChoiceScoring as Scoring, QuestionType } from './question-type.js';

const questions = [
  { id: 'q1', type: QuestionType.SINGLE_CHOICE, optionIds: ['a', 'b'], correctOptionIds: ['a'] },
  { id: 'q2', type: QuestionType.TRUE_FALSE, optionIds: ['t', 'f'], correctOptionIds: ['f'] },
  {
    id: 'q3',
    type: QuestionType.MULTIPLE_CHOICE,
    optionIds: ['x', 'y', 'z'],
    correctOptionIds: ['x', 'y'],
  },
];

describe('gradeAttempt', () => {
  it('adds one point per question and compares the percentage with the passing score', () => {
    const answers = new Map([
      ['q1', ['a']],
      ['q2', ['t']],
      ['q3', ['x']],
    ]);
    const grade = gradeAttempt(questions, answers, Scoring.PARTIAL_CREDIT, 50);
    expect(grade.points).toBe(1.5);
    expect(grade.maxPoints).toBe(3);
    expect(grade.percent).toBe(50);
    expect(grade.passed).toBe(true);
    expect(grade.questions.map((q) => q.correct)).toEqual([true, false, false]);
  });

  it('passes exactly at the passing score and fails just under it', () => {
    const answers = new Map([
      ['q1', ['a']],
      ['q2', ['f']],
    ]);
    expect(gradeAttempt(questions, answers, Scoring.ALL_OR_NOTHING, 66.66).passed).toBe(true);
    expect(gradeAttempt(questions, answers, Scoring.ALL_OR_NOTHING, 67).passed).toBe(false);
    expect(gradeAttempt(questions, answers, Scoring.ALL_OR_NOTHING, 67).percent).toBe(66.67);
  });

  it('scores unanswered questions 0', () => {
    const grade = gradeAttempt(questions, new Map(), Scoring.PARTIAL_CREDIT, 80);
    expect(grade).toMatchObject({ points: 0, percent: 0, passed: false });
  });
});
