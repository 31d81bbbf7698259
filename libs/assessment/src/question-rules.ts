import { QuestionType } from './question-type.js';

export interface OptionDraft {
  text: string;
  isCorrect: boolean;
}

export const MAX_OPTIONS = 8;

/**
 * What makes a question well formed, per type: a single-choice question has exactly one
 * right answer, a multiple-choice question at least one (and at least one wrong, or
 * there is nothing to choose), a true/false question exactly the two options.
 * Returns the problems in words an author can act on; empty when the question is fine.
 */
export function questionProblems(type: QuestionType, options: OptionDraft[]): string[] {
  const problems: string[] = [];
  const correct = options.filter((option) => option.isCorrect).length;
  const texts = options.map((option) => option.text.trim().toLowerCase());
  if (texts.some((text) => text.length === 0)) problems.push('every option needs text');
  if (new Set(texts).size !== texts.length) problems.push('two options have the same text');
  switch (type) {
    case QuestionType.SINGLE_CHOICE:
      if (options.length < 2 || options.length > MAX_OPTIONS) {
        problems.push(`a single-choice question has 2 to ${MAX_OPTIONS} options`);
      }
      if (correct !== 1) problems.push('a single-choice question has exactly one correct option');
      break;
    case QuestionType.MULTIPLE_CHOICE:
      if (options.length < 3 || options.length > MAX_OPTIONS) {
        problems.push(`a multiple-choice question has 3 to ${MAX_OPTIONS} options`);
      }
      if (correct < 1) problems.push('a multiple-choice question has at least one correct option');
      if (correct === options.length) {
        problems.push('a multiple-choice question has at least one incorrect option');
      }
      break;
    case QuestionType.TRUE_FALSE:
      if (options.length !== 2) problems.push('a true/false question has exactly two options');
      if (correct !== 1) problems.push('a true/false question has exactly one correct option');
      break;
  }
  return problems;
}

/** The options a TRUE_FALSE question always has, in this order. */
export function trueFalseOptions(answer: boolean): OptionDraft[] {
  return [
    { text: 'True', isCorrect: answer },
    { text: 'False', isCorrect: !answer },
  ];
}
