/** What the progress bars count: each lesson, each quiz and the evaluation is one step. */
export interface ProgressReportLike {
  evaluationSubmitted: boolean;
  lessons: { completed: boolean }[];
  quizzes: { passed: boolean }[];
}

export function stepsDone(report: ProgressReportLike): { done: number; total: number } {
  const lessons = report.lessons.filter((lesson) => lesson.completed).length;
  const quizzes = report.quizzes.filter((quiz) => quiz.passed).length;
  return {
    done: lessons + quizzes + (report.evaluationSubmitted ? 1 : 0),
    total: report.lessons.length + report.quizzes.length + 1,
  };
}

/** 75 seconds → "1:15". */
export function clock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
