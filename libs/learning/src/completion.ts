export interface LessonState {
  lessonId: string;
  requiredSeconds: number;
  creditedSeconds: number;
}

export interface QuizState {
  quizId: string;
  passed: boolean;
}

export interface CompletionInput {
  lessons: LessonState[];
  requiredQuizzes: QuizState[];
  evaluationSubmitted: boolean;
  /** Whether the learner has proved they read their account's email address. */
  emailVerified: boolean;
}

/** One reason a course is not complete yet; the learner is shown every one of them. */
export type CompletionProblem =
  | { kind: 'NO_LESSONS' }
  | { kind: 'LESSON_SEAT_TIME'; lessonId: string; remainingSeconds: number }
  | { kind: 'QUIZ_NOT_PASSED'; quizId: string }
  | { kind: 'EVALUATION_MISSING' }
  | { kind: 'EMAIL_NOT_VERIFIED' };

/**
 * Everything still standing between the learner and the certificate; empty means complete.
 * The certificate states that every lesson got its seat time, every required quiz was passed
 * and the evaluation was submitted, so each is checked here and nowhere else. A course with no
 * lessons is never complete: a certificate for it would attest to nothing. A certificate is
 * issued in a name only once its account's email address is verified, so that a name typed
 * into someone else's address cannot collect credits.
 */
export function completionProblems(input: CompletionInput): CompletionProblem[] {
  const problems: CompletionProblem[] = [];
  if (input.lessons.length === 0) problems.push({ kind: 'NO_LESSONS' });
  for (const lesson of input.lessons) {
    const remainingSeconds = lesson.requiredSeconds - lesson.creditedSeconds;
    if (remainingSeconds > 0) {
      problems.push({ kind: 'LESSON_SEAT_TIME', lessonId: lesson.lessonId, remainingSeconds });
    }
  }
  for (const quiz of input.requiredQuizzes) {
    if (!quiz.passed) problems.push({ kind: 'QUIZ_NOT_PASSED', quizId: quiz.quizId });
  }
  if (!input.evaluationSubmitted) problems.push({ kind: 'EVALUATION_MISSING' });
  if (!input.emailVerified) problems.push({ kind: 'EMAIL_NOT_VERIFIED' });
  return problems;
}

export function isComplete(input: CompletionInput): boolean {
  return completionProblems(input).length === 0;
}
