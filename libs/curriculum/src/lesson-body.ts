import type { CurriculumLesson } from './model.js';

/**
 * The lesson as it is stored and read: its objectives open it; the references, stored as a
 * list of their own, are shown after it by every reader, so the body stops where they begin.
 * The time estimate counts this text, the same the API counts.
 */
export function lessonBody(lesson: Pick<CurriculumLesson, 'objectives' | 'body'>): string {
  const objectives = lesson.objectives.map((objective) => `- ${objective}`).join('\n');
  const text = lesson.body.split(/^##\s+References\s*$/m)[0]!.trim();
  return `**After this lesson you will be able to:**\n\n${objectives}\n\n${text}\n`;
}
