import type { CompletionInput } from '@fascicle/learning';

/**
 * The rows completion is judged on, shaped for the rule in @fascicle/learning. One place,
 * whether they came from batch readers (CompletionService) or a request's DataLoaders.
 */
export function completionInput(rows: {
  lessons: { id: string; seatTimeMinutes: number }[];
  /** Each lesson's video seconds, in the order of `lessons`. */
  videoSeconds: readonly number[];
  progress: { lessonId: string; creditedSeconds: number; watchedSeconds: number }[];
  quizzes: { id: string }[];
  passedQuizIds: ReadonlySet<string>;
  evaluationSubmitted: boolean;
  emailVerifiedAt: Date | null;
}): CompletionInput {
  return {
    lessons: rows.lessons.map((lesson, i) => {
      const progress = rows.progress.find((p) => p.lessonId === lesson.id);
      return {
        lessonId: lesson.id,
        requiredSeconds: lesson.seatTimeMinutes * 60,
        creditedSeconds: progress?.creditedSeconds ?? 0,
        videoSeconds: rows.videoSeconds[i] ?? 0,
        watchedSeconds: progress?.watchedSeconds ?? 0,
      };
    }),
    requiredQuizzes: rows.quizzes.map((quiz) => ({
      quizId: quiz.id,
      passed: rows.passedQuizIds.has(quiz.id),
    })),
    evaluationSubmitted: rows.evaluationSubmitted,
    emailVerified: rows.emailVerifiedAt !== null,
  };
}
