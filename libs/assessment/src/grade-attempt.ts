import type { MultipleChoiceScoring } from './question-type.js';
import { scoreQuestion, type ScorableQuestion } from './score-question.js';

export interface GradableQuestion extends ScorableQuestion {
  id: string;
}

export interface GradedQuestion {
  questionId: string;
  /** 0..1, rounded to 4 decimals (as stored). */
  points: number;
  correct: boolean;
}

export interface AttemptGrade {
  points: number;
  maxPoints: number;
  /** 0..100 with two decimals. */
  percent: number;
  passed: boolean;
  questions: GradedQuestion[];
}

/**
 * Grades an attempt: one point per question, the percentage rounded to hundredths, and a
 * pass when the percentage reaches the passing score. Unanswered questions score 0.
 */
export function gradeAttempt(
  questions: readonly GradableQuestion[],
  answers: ReadonlyMap<string, readonly string[]>,
  scoring: MultipleChoiceScoring,
  passingScorePercent: number,
): AttemptGrade {
  const graded = questions.map((question) => {
    const points = round(scoreQuestion(question, answers.get(question.id) ?? [], scoring), 4);
    return { questionId: question.id, points, correct: points === 1 };
  });
  const points = round(
    graded.reduce((sum, question) => sum + question.points, 0),
    4,
  );
  const maxPoints = questions.length;
  const percent = maxPoints === 0 ? 0 : round((points / maxPoints) * 100, 2);
  return { points, maxPoints, percent, passed: percent >= passingScorePercent, questions: graded };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
