import { fileURLToPath } from 'node:url';

/**
 * The curriculum's content folder, libs/curriculum/content. This file runs from src/ (tests)
 * and from the library's build in dist/, both beside content/, so one relative path serves.
 * CURRICULUM_DIR points the content check at a copy (to try a change before it lands).
 */
export function defaultContentDir(): string {
  return process.env['CURRICULUM_DIR'] ?? fileURLToPath(new URL('../content', import.meta.url));
}
