import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEST = fileURLToPath(new URL('..', import.meta.url));

/**
 * The suites of a folder (`*.e2e.ts`) run through that folder's one test file, which imports
 * them (Jest loads the app once per test file): a suite that no test file imports would never
 * run, and nothing else would say so.
 */
describe('every end-to-end suite', () => {
  it("is imported by its folder's test file", async () => {
    const files = (await readdir(TEST, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    const imported = new Set<string>();
    for (const entry of files.filter((file) => file.endsWith('.e2e-spec.ts'))) {
      for (const [, path] of (await readFile(entry, 'utf8')).matchAll(
        /^import '(\.\/[^']+)\.js';$/gm,
      )) {
        imported.add(join(entry, '..', `${path}.ts`));
      }
    }
    const suites = files.filter((file) => file.endsWith('.e2e.ts'));
    expect(suites.length).toBeGreaterThan(40);
    expect(
      suites.filter((suite) => !imported.has(suite)).map((suite) => relative(TEST, suite)),
    ).toEqual([]);
  });
});
