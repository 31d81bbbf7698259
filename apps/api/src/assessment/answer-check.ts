import { QuestionType } from '@fascicle/assessment';
import { AssessmentErrors } from './assessment-errors.js';

/**
 * An answer fits the question drawn for the attempt: the question was drawn, every option is
 * one of its own, and only multiple choice takes more than one. Refusals as GraphQL errors.
 */
export function checkAnswer<Drawn extends { optionOrder: string[]; type: QuestionType }>(
  answer: { selectedOptionIds: string[] },
  drawn: Drawn | null | undefined,
): asserts drawn is Drawn {
  if (!drawn) throw AssessmentErrors.notInAttempt();
  if (answer.selectedOptionIds.some((id) => !drawn.optionOrder.includes(id))) {
    throw AssessmentErrors.notAnOption();
  }
  if (drawn.type !== QuestionType.MULTIPLE_CHOICE && answer.selectedOptionIds.length > 1) {
    throw AssessmentErrors.oneOptionOnly();
  }
}
