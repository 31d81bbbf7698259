export interface LessonState {
  lessonId: string;
  requiredSeconds: number;
  creditedSeconds: number;
  /** The length of the lesson's videos, whole seconds; 0 for a lesson without video. */
  videoSeconds?: number;
  /** Seconds the learner's page reported a video playing, on the server's clock. */
  watchedSeconds?: number;
}

/**
 * The share of a lesson's video that must be seen playing. The page reports every 30 seconds
 * and when playback stops, and each report's interval is counted in whole seconds, so up to a
 * second per report is lost to rounding; 5% allows for that and no more.
 */
export const WATCHED_SHARE = 0.95;

/** The seconds of playing that count a lesson's video as watched. */
export function requiredWatchSeconds(videoSeconds: number): number {
  return Math.floor(videoSeconds * WATCHED_SHARE);
}

/** Seconds of the lesson's video still to be watched (0 when there is none, or it is done). */
export function videoSecondsLeft(lesson: Pick<LessonState, 'videoSeconds' | 'watchedSeconds'>) {
  const left = requiredWatchSeconds(lesson.videoSeconds ?? 0) - (lesson.watchedSeconds ?? 0);
  return Math.max(0, left);
}

/** A lesson is done when its seat time is met and its video, if any, was watched. */
export function lessonDone(lesson: LessonState): boolean {
  return lesson.creditedSeconds >= lesson.requiredSeconds && videoSecondsLeft(lesson) === 0;
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
  | { kind: 'LESSON_VIDEO'; lessonId: string; remainingSeconds: number }
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
    const videoLeft = videoSecondsLeft(lesson);
    if (videoLeft > 0) {
      problems.push({
        kind: 'LESSON_VIDEO',
        lessonId: lesson.lessonId,
        remainingSeconds: videoLeft,
      });
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
