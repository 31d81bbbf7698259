/** A lesson as the quiz gate sees it. */
export interface GateLesson {
  id: string;
  moduleId: string;
  title: string;
}

/**
 * In a course that asks for lessons before quizzes, the lessons a learner has still to finish
 * before starting a quiz: those of the quiz's module, or every lesson of the course for its
 * final exam (`quizModuleId` null). In course order; empty when nothing stands in the way.
 */
export function lessonsBeforeQuiz(
  quizModuleId: string | null,
  lessons: readonly GateLesson[],
  completedLessonIds: ReadonlySet<string>,
): GateLesson[] {
  return lessons.filter(
    (lesson) =>
      (quizModuleId === null || lesson.moduleId === quizModuleId) &&
      !completedLessonIds.has(lesson.id),
  );
}
