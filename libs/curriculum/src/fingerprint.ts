import { createHash } from 'node:crypto';
import type { CurriculumCourse } from './model.js';

/**
 * A digest of everything a course's files say. The seed stores it with the version it
 * published; a different digest on the next run means the files changed and a new version
 * is due. Stable across runs: it hashes the parsed content, not file times.
 */
export function courseFingerprint(course: CurriculumCourse): string {
  const { directory: _directory, ...content } = course;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
