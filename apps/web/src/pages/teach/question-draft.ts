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

export function emptyQuestion(objectiveTag = ''): QuestionDraft {
  return {
    type: 'SINGLE_CHOICE',
    stemMarkdown: '',
    options: [
      { text: '', isCorrect: true },
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
 * (keeping which one was right); a single-choice question keeps only its first right answer;
 * a multiple-choice question needs at least three options.
 */
export function optionsForType(type: QuestionType, options: OptionDraft[]): OptionDraft[] {
  switch (type) {
    case 'TRUE_FALSE': {
      const falseIsRight = options.some(
        (o) => o.isCorrect && o.text.trim().toLowerCase() === 'false',
      );
      return [
        { text: 'True', isCorrect: !falseIsRight },
        { text: 'False', isCorrect: falseIsRight },
      ];
    }
    case 'SINGLE_CHOICE': {
      const first = options.findIndex((o) => o.isCorrect);
      return options.map((o, i) => ({ ...o, isCorrect: i === (first < 0 ? 0 : first) }));
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

/** Removing the right answer of a single-choice question makes the first option right. */
export function removeOption(
  type: QuestionType,
  options: OptionDraft[],
  index: number,
): OptionDraft[] {
  const rest = options.filter((_, i) => i !== index);
  if (type !== 'MULTIPLE_CHOICE' && rest.length > 0 && !rest.some((o) => o.isCorrect)) {
    return rest.map((o, i) => ({ ...o, isCorrect: i === 0 }));
  }
  return rest;
}
