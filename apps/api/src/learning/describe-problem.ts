import type { CompletionProblem } from '@fascicle/learning';

/** A completion problem in words a learner can act on. */
export function describeProblem(problem: CompletionProblem): string {
  switch (problem.kind) {
    case 'NO_LESSONS':
      return 'The course has no lessons';
    case 'LESSON_SEAT_TIME':
      return `Lesson ${problem.lessonId} needs ${Math.ceil(problem.remainingSeconds / 60)} more minute(s)`;
    case 'QUIZ_NOT_PASSED':
      return `Quiz ${problem.quizId} is not passed yet`;
    case 'EVALUATION_MISSING':
      return 'The course evaluation is not submitted yet';
    case 'EMAIL_NOT_VERIFIED':
      return 'Your email address is not verified yet: open the link we sent you, and the certificate is issued in your name';
  }
}
