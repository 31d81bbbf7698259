import type { QuestionType, TeachQuestionFieldsFragment } from '../../gql/graphql';

export interface OptionDraft {
  text: string;
  isCorrect: boolean;
}

export interface QuestionDraft {
  type: QuestionType;
  stemMarkdown: string;
  options: OptionDraft[];
  explanationMarkdown: string;
  reference: string;
  objectiveTag: string;
}

export const MAX_OPTIONS = 8;

export const QUESTION_TYPES: { value: QuestionType; label: string; hint: string }[] = [
  { value: 'SINGLE_CHOICE', label: 'Single choice', hint: 'One correct option of 2 to 8.' },
  {
    value: 'MULTIPLE_CHOICE',
    label: 'Multiple choice',
    hint: 'At least one correct and one incorrect option, 3 to 8 in all.',
  },
  { value: 'TRUE_FALSE', label: 'True or false', hint: 'The options True and False.' },
];

export function typeLabel(type: QuestionType): string {
  return QUESTION_TYPES.find((t) => t.value === type)?.label ?? type;
}

/** A new question: no option is marked correct, so the author has to choose the key. */
export function emptyQuestion(objectiveTag = ''): QuestionDraft {
  return {
    type: 'SINGLE_CHOICE',
    stemMarkdown: '',
    options: [
      { text: '', isCorrect: false },
      { text: '', isCorrect: false },
      { text: '', isCorrect: false },
      { text: '', isCorrect: false },
    ],
    explanationMarkdown: '',
    reference: '',
    objectiveTag,
  };
}

export function questionDraft(question: TeachQuestionFieldsFragment): QuestionDraft {
  return {
    type: question.type,
    stemMarkdown: question.stemMarkdown,
    options: question.options.map((o) => ({ text: o.text, isCorrect: o.isCorrect })),
    explanationMarkdown: question.explanationMarkdown,
    reference: question.reference,
    objectiveTag: question.objectiveTag,
  };
}

/**
 * The options when the type changes: true/false always has True and False in that order
 * (keeping which one was right, if any); a single-choice question keeps only its first right
 * answer; a multiple-choice question needs at least three options. Nothing becomes right that
 * the author did not mark.
 */
export function optionsForType(type: QuestionType, options: OptionDraft[]): OptionDraft[] {
  switch (type) {
    case 'TRUE_FALSE': {
      const anyRight = options.some((o) => o.isCorrect);
      const falseIsRight = options.some(
        (o) => o.isCorrect && o.text.trim().toLowerCase() === 'false',
      );
      return [
        { text: 'True', isCorrect: anyRight && !falseIsRight },
        { text: 'False', isCorrect: falseIsRight },
      ];
    }
    case 'SINGLE_CHOICE': {
      const first = options.findIndex((o) => o.isCorrect);
      return options.map((o, i) => ({ ...o, isCorrect: i === first }));
    }
    case 'MULTIPLE_CHOICE': {
      const padded = [...options];
      while (padded.length < 3) padded.push({ text: '', isCorrect: false });
      return padded;
    }
  }
}

/** Marks an option right; for single choice and true/false the others become wrong. */
export function markCorrect(
  type: QuestionType,
  options: OptionDraft[],
  index: number,
  correct: boolean,
): OptionDraft[] {
  if (type === 'MULTIPLE_CHOICE') {
    return options.map((o, i) => (i === index ? { ...o, isCorrect: correct } : o));
  }
  return options.map((o, i) => ({ ...o, isCorrect: i === index }));
}

/** Removes an option; removing the right one leaves no key, for the author to choose again. */
export function removeOption(options: OptionDraft[], index: number): OptionDraft[] {
  return options.filter((_, i) => i !== index);
}

/**
 * Why the question cannot be saved yet for want of a key, naming the field as the form labels
 * it; undefined when at least one option is marked correct.
 */
export function answerKeyProblem(draft: QuestionDraft): string | undefined {
  if (draft.options.some((o) => o.isCorrect)) return undefined;
  return draft.type === 'MULTIPLE_CHOICE'
    ? 'Options and answer key: tick every correct option before saving.'
    : 'Options and answer key: choose the correct option before saving.';
}
