import { contactHours, maxSeatTimeMinutes, MINUTES_PER_QUESTION } from '@fascicle/catalog';
import {
  courseQuizzes,
  curriculumCourseTime,
  guesserOdds,
  quizBlueprint,
  quizFreshAttempts,
} from './credit-checks.js';
import type { Curriculum, CurriculumQuiz } from './model.js';

/**
 * The figures a board auditor asks for, as text: each course's claimed minutes against the
 * estimate, lesson by lesson, and the chance that a guesser who read nothing passes each
 * quiz. `npm run credit:report` prints it; docs/curriculum.md quotes it.
 */
export function creditReport(curriculum: Curriculum): string[] {
  const lines: string[] = [];
  for (const course of curriculum.courses) {
    const time = curriculumCourseTime(course);
    const lessons = course.modules.flatMap((module) => module.lessons);
    const unit = course.approval ?? { minutesPerHour: 60, increment: 0.25 };
    lines.push(
      `${course.title}`,
      `  claimed ${course.creditMinutes} min, estimate ${time.supportedMinutes} min ` +
        `(lessons ${time.lessonMinutes.toFixed(1)} + questions ${time.quizMinutes.toFixed(1)}); ` +
        `${contactHours(course.creditMinutes, unit)} contact hours of ${unit.minutesPerHour} min, ` +
        `${contactHours(course.creditMinutes, { minutesPerHour: 60, increment: 0.25 })} of 60`,
    );
    lessons.forEach((lesson, index) => {
      const estimate = time.lessons[index]!;
      lines.push(
        `    ${pad(lesson.file.split('/').pop()!, 40)} ${pad(String(estimate.words), 5)} words ` +
          `${estimate.minutes.toFixed(1).padStart(5)} min ${estimate.source === 'PILOT' ? '(pilot)' : ''}` +
          `  requires ${lesson.seatTimeMinutes} (at most ${maxSeatTimeMinutes(estimate.minutes)})`,
      );
    });
    for (const quiz of courseQuizzes(course)) lines.push(...quizLines(quiz));
    lines.push('');
  }
  return lines;
}

function quizLines(quiz: CurriculumQuiz): string[] {
  const drawn = quiz.questionCount ?? quiz.questions.length;
  const rows = quizBlueprint(quiz);
  const lines = [
    `    quiz "${quiz.title}": ${drawn} of ${quiz.questions.length} ` +
      (rows.length
        ? `by ${rows.length} objectives `
        : '(no blueprint fits: odds of a random draw) ') +
      `(${(drawn * MINUTES_PER_QUESTION).toFixed(1)} min), pass ${quiz.passingScorePercent} %, ` +
      `${quiz.maxAttempts ?? 'unlimited'} attempts, ${quizFreshAttempts(quiz)} with new questions each`,
  ];
  for (const odds of guesserOdds(quiz)) {
    lines.push(
      `      ${pad(odds.strategy.toLowerCase().replace('_', '-'), 14)} guesser passes one attempt ` +
        `with p = ${odds.perAttempt.toExponential(2)}, within ${quiz.maxAttempts ?? '∞'} attempts p ≤ ` +
        `${odds.withinAttempts.toExponential(2)}`,
    );
  }
  return lines;
}

function pad(text: string, width: number): string {
  return text.padEnd(width);
}
