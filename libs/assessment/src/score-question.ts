import { MultipleChoiceScoring, QuestionType } from './question-type.js';

export interface ScorableQuestion {
  type: QuestionType;
  optionIds: readonly string[];
  correctOptionIds: readonly string[];
}

/**
 * The credit, from 0 to 1, for the options a learner selected. Selections that are not
 * options of the question count as wrong (the API refuses them before they are saved).
 *
 * Partial credit is "right minus wrong": (correct picks − incorrect picks) / correct
 * options, never below 0, so ticking every box does not earn full marks.
 */
export function scoreQuestion(
  question: ScorableQuestion,
  selected: readonly string[],
  scoring: MultipleChoiceScoring,
): number {
  const picks = new Set(selected);
  const correct = new Set(question.correctOptionIds);
  const hits = [...picks].filter((id) => correct.has(id)).length;
  const misses = picks.size - hits;
  const exact = misses === 0 && hits === correct.size;

  if (question.type !== QuestionType.MULTIPLE_CHOICE) return exact && picks.size === 1 ? 1 : 0;
  if (scoring === MultipleChoiceScoring.ALL_OR_NOTHING) return exact ? 1 : 0;
  return Math.max(0, (hits - misses) / correct.size);
}
