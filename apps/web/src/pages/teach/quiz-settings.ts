import type { FieldErrors } from '../../graphql/errors';
import type {
  BlueprintRowInput,
  MultipleChoiceScoring,
  ReviewContent,
  ReviewTiming,
  TeachQuizFieldsFragment,
} from '../../gql/graphql';
import { blueprintRows, parseBlueprint, type BlueprintDraftRow } from './blueprint-draft';
import type { Choice } from './Choices';
import { numberText, parseOptionalWhole, parseWhole } from './text';
import { plural } from '../../ui/format';

export const SCORING: Choice<MultipleChoiceScoring>[] = [
  {
    value: 'ALL_OR_NOTHING',
    label: 'All or nothing',
    hint: 'A multiple-choice question earns its point only when every pick is right.',
  },
  {
    value: 'PARTIAL_CREDIT',
    label: 'Partial credit',
    hint: 'Right picks minus wrong picks, divided by the right options (never below 0).',
  },
];

export const REVIEW_CONTENT: Choice<ReviewContent>[] = [
  { value: 'SCORE_ONLY', label: 'Score only', hint: 'The score and pass or fail.' },
  {
    value: 'SCORE_AND_CORRECTNESS',
    label: 'Score and correctness',
    hint: 'Also which questions were right or wrong.',
  },
  {
    value: 'FULL_EXPLANATIONS',
    label: 'Full explanations',
    hint: 'Also the correct options, explanations and references.',
  },
];

export const REVIEW_TIMING: Choice<ReviewTiming>[] = [
  {
    value: 'AFTER_EACH_ATTEMPT',
    label: 'After each attempt',
    hint: 'As soon as an attempt is submitted.',
  },
  {
    value: 'AFTER_PASSING_OR_LAST_ATTEMPT',
    label: 'After passing or the last attempt',
    hint: 'The key cannot be read and used on a retry.',
  },
];

/** The settings as the form holds them: numbers as typed, the time limit in minutes. */
export interface QuizDraft {
  title: string;
  bankId: string;
  passingScorePercent: string;
  questionCount: string;
  timeLimitMinutes: string;
  maxAttempts: string;
  scoring: MultipleChoiceScoring;
  reviewContent: ReviewContent;
  reviewTiming: ReviewTiming;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  retakeWaitMinutes: string;
  /** False: the API shares the draw out (one per objective, the rest by pool size). */
  useBlueprint: boolean;
  blueprint: BlueprintDraftRow[];
}

export interface QuizSettings {
  title: string;
  bankId: string;
  passingScorePercent: number;
  questionCount: number | null;
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
  scoring: MultipleChoiceScoring;
  reviewContent: ReviewContent;
  reviewTiming: ReviewTiming;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  retakeWaitMinutes: number;
  blueprint: BlueprintRowInput[] | null;
}

export function newQuizDraft(
  title: string,
  bankId: string,
  objectiveKeys: readonly string[] = [],
): QuizDraft {
  return {
    title,
    bankId,
    passingScorePercent: '80',
    questionCount: '',
    timeLimitMinutes: '',
    maxAttempts: '',
    scoring: 'ALL_OR_NOTHING',
    reviewContent: 'FULL_EXPLANATIONS',
    reviewTiming: 'AFTER_PASSING_OR_LAST_ATTEMPT',
    shuffleQuestions: true,
    shuffleOptions: true,
    retakeWaitMinutes: '0',
    useBlueprint: false,
    blueprint: blueprintRows(objectiveKeys, null),
  };
}

export function quizDraft(
  quiz: TeachQuizFieldsFragment,
  objectiveKeys: readonly string[] = [],
): QuizDraft {
  return {
    title: quiz.title,
    bankId: quiz.bank?.id ?? '',
    passingScorePercent: String(quiz.passingScorePercent),
    questionCount: numberText(quiz.questionCount),
    timeLimitMinutes:
      quiz.timeLimitSeconds === null ? '' : String(Math.round(quiz.timeLimitSeconds / 60)),
    maxAttempts: numberText(quiz.maxAttempts),
    scoring: quiz.scoring,
    reviewContent: quiz.reviewContent,
    reviewTiming: quiz.reviewTiming,
    shuffleQuestions: quiz.shuffleQuestions,
    shuffleOptions: quiz.shuffleOptions,
    retakeWaitMinutes: String(quiz.retakeWaitMinutes),
    useBlueprint: quiz.blueprint !== null && quiz.blueprint !== undefined,
    blueprint: blueprintRows(objectiveKeys, quiz.blueprint),
  };
}

/** Reads the numbers; the API checks ranges again and its errors land on the same fields. */
export function parseQuizDraft(
  draft: QuizDraft,
): { ok: true; settings: QuizSettings } | { ok: false; errors: FieldErrors } {
  const passing = parseWhole(draft.passingScorePercent);
  const count = parseOptionalWhole(draft.questionCount);
  const limit = parseOptionalWhole(draft.timeLimitMinutes);
  const attempts = parseOptionalWhole(draft.maxAttempts);
  // Empty: no wait.
  const wait = parseOptionalWhole(draft.retakeWaitMinutes);
  const errors: FieldErrors = {};
  if (!wait.ok) errors['retakeWaitMinutes'] = wait.message;
  else if (wait.value !== null && (wait.value < 0 || wait.value > 10080)) {
    errors['retakeWaitMinutes'] = 'The wait is 0 to 10080 minutes (a week)';
  }
  const blueprint = parseBlueprint(draft, count.ok ? count.value : null);
  if (!blueprint.ok) Object.assign(errors, blueprint.errors);
  if (!passing.ok) errors['passingScorePercent'] = passing.message;
  if (!count.ok) errors['questionCount'] = count.message;
  if (!limit.ok) errors['timeLimitSeconds'] = limit.message;
  else if (limit.value !== null && (limit.value < 1 || limit.value > 240)) {
    errors['timeLimitSeconds'] = 'The time limit is 1 to 240 minutes; leave it empty for none';
  }
  if (!attempts.ok) errors['maxAttempts'] = attempts.message;
  if (!draft.bankId) errors['bankId'] = 'Choose the bank the quiz draws from';
  if (
    !passing.ok ||
    !count.ok ||
    !limit.ok ||
    !attempts.ok ||
    !wait.ok ||
    !blueprint.ok ||
    Object.keys(errors).length > 0
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    settings: {
      title: draft.title,
      bankId: draft.bankId,
      passingScorePercent: passing.value,
      questionCount: count.value,
      timeLimitSeconds: limit.value === null ? null : limit.value * 60,
      maxAttempts: attempts.value,
      scoring: draft.scoring,
      reviewContent: draft.reviewContent,
      reviewTiming: draft.reviewTiming,
      shuffleQuestions: draft.shuffleQuestions,
      shuffleOptions: draft.shuffleOptions,
      retakeWaitMinutes: wait.value ?? 0,
      blueprint: blueprint.blueprint,
    },
  };
}

/** "20 of 64 questions · pass at 80% · 30 min · 3 attempts". */
export function quizSummary(quiz: TeachQuizFieldsFragment): string[] {
  return [
    quiz.questionCount === null
      ? `All ${quiz.questionsPerAttempt} questions`
      : `${plural(quiz.questionsPerAttempt, 'question')} per attempt`,
    `Pass at ${quiz.passingScorePercent}%`,
    quiz.timeLimitSeconds === null ? 'Untimed' : `${Math.round(quiz.timeLimitSeconds / 60)} min`,
    quiz.maxAttempts === null
      ? 'Unlimited attempts'
      : `${quiz.maxAttempts} ${quiz.maxAttempts === 1 ? 'attempt' : 'attempts'}`,
    quiz.retakeWaitMinutes > 0
      ? `Retry after ${quiz.retakeWaitMinutes} min`
      : 'Retry at once after a fail',
    SCORING.find((c) => c.value === quiz.scoring)?.label ?? quiz.scoring,
    `Review: ${(REVIEW_CONTENT.find((c) => c.value === quiz.reviewContent)?.label ?? '').toLowerCase()}, ${(REVIEW_TIMING.find((c) => c.value === quiz.reviewTiming)?.label ?? '').toLowerCase()}`,
  ];
}
