import type { GiftProblem } from '@fascicle/assessment';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  type FieldProblem,
} from '../common/errors/domain-error.js';

/** A problem of a GIFT file: `field` is `gift`, `line` the file's line (1-based). */
export interface GiftFieldProblem extends FieldProblem {
  line: number;
}

/** The assessment module's refusals, worded once. None of them reveals an answer. */
export const AssessmentErrors = {
  bankNotFound: (field = 'bankId') => new NotFoundError('No such question bank', { field }),
  questionNotFound: (field = 'questionId') => new NotFoundError('No such question', { field }),
  quizNotFound: (field = 'quizId') => new NotFoundError('No such quiz', { field }),
  attemptNotFound: (field = 'attemptId') => new NotFoundError('No such attempt', { field }),
  invalidQuestion: (problems: string[]) =>
    new InvalidInputError(problems.map((message) => ({ field: 'options', message }))),
  bankTooSmall: (count: number, size: number) =>
    InvalidInputError.of(
      'questionCount',
      `questionCount is ${count} but the bank has only ${size} question(s)`,
    ),
  blueprintMismatch: (message: string) => InvalidInputError.of('blueprint', message),
  /** The plan's problems, for a learner: the quiz is set up wrong, not their request. */
  cannotDraw: (problems: string[]) =>
    new ConflictError(
      `This quiz cannot be drawn as it is set up (${problems.join('; ')}); please tell the course's authors`,
      { field: 'quizId', reason: 'BLUEPRINT_UNFILLABLE' },
    ),
  retakeWait: (at: Date) =>
    new ConflictError(
      `The last attempt did not pass: the next may start at ${at.toISOString().slice(0, 19).replace('T', ' ')} UTC`,
      { field: 'quizId', reason: 'RETAKE_WAIT' },
    ),
  userNotFound: (field = 'userId') => new NotFoundError('No such user', { field }),
  bankOfAnotherVersion: () =>
    InvalidInputError.of('bankId', 'bankId must be a question bank of the same course version'),
  moduleOfAnotherVersion: () =>
    InvalidInputError.of('moduleId', 'moduleId must be a module of the same course version'),
  quizExists: (what: string) =>
    new ConflictError(`${what} already has a quiz`, { reason: 'QUIZ_EXISTS' }),
  bankInUse: () =>
    new ConflictError('A quiz draws from this bank', { field: 'bankId', reason: 'BANK_IN_USE' }),
  notEnrolled: () =>
    new ForbiddenError('Enrol in this course version to take its quizzes', {
      field: 'quizId',
      reason: 'NOT_ENROLLED',
    }),
  lessonsUnfinished: (lessons: string[]) =>
    new ConflictError(`Finish these lessons before this quiz: ${listed(lessons)}`, {
      field: 'quizId',
      reason: 'LESSONS_UNFINISHED',
    }),
  maxAttempts: (max: number) =>
    new ConflictError(`All ${max} attempts at this quiz have been used`, {
      field: 'quizId',
      reason: 'MAX_ATTEMPTS_REACHED',
    }),
  attemptSubmitted: () =>
    new ConflictError('This attempt has been submitted; answers can no longer change', {
      field: 'attemptId',
      reason: 'ATTEMPT_SUBMITTED',
    }),
  attemptExpired: () =>
    new ConflictError('Time is up: this attempt was graded with the answers saved in time', {
      field: 'attemptId',
      reason: 'ATTEMPT_EXPIRED',
    }),
  notInAttempt: () =>
    InvalidInputError.of('questionId', 'questionId is not a question of this attempt'),
  notAnOption: () =>
    InvalidInputError.of('selectedOptionIds', 'selectedOptionIds must be options of this question'),
  giftTooLarge: (bytes: number, limit: number) =>
    InvalidInputError.of(
      'gift',
      `gift is ${Math.ceil(bytes / 1024)} KB; the most is ${limit / 1024} KB: split the file`,
    ),
  giftEmpty: () => InvalidInputError.of('gift', 'gift holds no question to import'),
  /** Every problem of the file, each with its line, in `extensions.problems`. */
  giftProblems: (problems: readonly GiftProblem[]) =>
    new InvalidInputError(
      problems.map((problem): GiftFieldProblem => ({ field: 'gift', ...problem })),
      'GIFT_PROBLEMS',
    ),
  oneOptionOnly: () =>
    InvalidInputError.of('selectedOptionIds', 'this question takes exactly one option'),
};

/** Up to five titles, then how many more: a message a person reads, not a dump. */
function listed(titles: string[]): string {
  const shown = titles.slice(0, 5).join('; ');
  return titles.length > 5 ? `${shown}; and ${titles.length - 5} more` : shown;
}
