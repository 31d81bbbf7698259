import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT = join('libs', 'curriculum', 'content');

/**
 * The curriculum's content folder. This file runs from the sources (tests) and from the
 * API's build (apps/api/dist/libs/curriculum/src), so the folder is found by walking up to
 * the project root rather than by a fixed relative path.
 */
export function defaultContentDir(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const candidate = join(dir, CONTENT);
    if (existsSync(join(candidate, 'program.yaml'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no ${CONTENT}/program.yaml above ${from}`);
    dir = parent;
  }
}
