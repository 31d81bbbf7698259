import { fileURLToPath } from 'node:url';

/**
 * The curriculum's content folder, libs/curriculum/content. This file runs from src/ (tests)
 * and from the library's build in dist/, both beside content/, so one relative path serves.
 */
export function defaultContentDir(): string {
  return fileURLToPath(new URL('../content', import.meta.url));
}
