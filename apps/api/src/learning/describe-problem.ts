import type { CompletionProblem } from '@fascicle/learning';

/** The titles a learner knows lessons and quizzes by (ids mean nothing to them). */
export interface StepTitles {
  lessons: ReadonlyMap<string, string>;
  quizzes: ReadonlyMap<string, string>;
}

/** A completion problem in words a learner can act on, naming the lesson or quiz. */
export function describeProblem(problem: CompletionProblem, titles: StepTitles): string {
  switch (problem.kind) {
    case 'NO_LESSONS':
      return 'The course has no lessons';
    case 'LESSON_SEAT_TIME': {
      const minutes = Math.ceil(problem.remainingSeconds / 60);
      const title = titles.lessons.get(problem.lessonId) ?? 'A lesson';
      return `“${title}” needs ${minutes} more ${minutes === 1 ? 'minute' : 'minutes'} of reading`;
    }
    case 'LESSON_VIDEO': {
      const title = titles.lessons.get(problem.lessonId) ?? 'A lesson';
      return `Watch the video of “${title}” to the end (${problem.remainingSeconds} more seconds)`;
    }
    case 'QUIZ_NOT_PASSED':
      return `Pass the quiz “${titles.quizzes.get(problem.quizId) ?? 'a quiz'}”`;
    case 'EVALUATION_MISSING':
      return 'Send the course evaluation';
    case 'EMAIL_NOT_VERIFIED':
      return 'Your email address is not verified yet: open the link we sent you, and the certificate is issued in your name';
  }
}
