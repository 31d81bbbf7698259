import type { CompletionInput } from '@fascicle/learning';

/**
 * The rows completion is judged on, shaped for the rule in @fascicle/learning. One place,
 * whether they came from batch readers (CompletionService) or a request's DataLoaders.
 */
export function completionInput(rows: {
  lessons: { id: string; seatTimeMinutes: number }[];
  progress: { lessonId: string; creditedSeconds: number }[];
  quizzes: { id: string }[];
  passedQuizIds: ReadonlySet<string>;
  evaluationSubmitted: boolean;
  emailVerifiedAt: Date | null;
}): CompletionInput {
  return {
    lessons: rows.lessons.map((lesson) => ({
      lessonId: lesson.id,
      requiredSeconds: lesson.seatTimeMinutes * 60,
      creditedSeconds: rows.progress.find((p) => p.lessonId === lesson.id)?.creditedSeconds ?? 0,
    })),
    requiredQuizzes: rows.quizzes.map((quiz) => ({
      quizId: quiz.id,
      passed: rows.passedQuizIds.has(quiz.id),
    })),
    evaluationSubmitted: rows.evaluationSubmitted,
    emailVerified: rows.emailVerifiedAt !== null,
  };
}
