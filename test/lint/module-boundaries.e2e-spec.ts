import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * What the repository's own ESLint config says of `source` written at `file` (a path in the
 * API that need not exist: the deliberate violations live here, not in the tree, so the lint
 * run and the grep for cross-module entity imports stay clean). Only this rule runs, without
 * type information: loading the TypeScript program would take most of the test's time.
 */
async function restrictedImports(file: string, source: string) {
  const eslint = new ESLint({
    cwd: root,
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });
  const [result] = await eslint.lintText(source, { filePath: `${root}/apps/api/src/${file}` });
  return result!.messages.map(({ ruleId, severity, line, message }) => ({
    ruleId,
    severity,
    line,
    message,
  }));
}

const REJECTED = expect.objectContaining({
  ruleId: 'no-restricted-imports',
  severity: 2,
  line: 1,
  message: expect.stringMatching(/Another module's entities are its own/),
});

describe('module boundaries (eslint.config.js)', () => {
  it.each([
    [
      'a service naming another module’s entity',
      'learning/deliberate-violation.ts',
      `import { CourseEntity } from '../catalog/entities/course.entity.js';\nexport const entity = CourseEntity;\n`,
    ],
    [
      'a type-only import',
      'learning/deliberate-violation.ts',
      `import type { CourseEntity } from '../catalog/entities/course.entity.js';\nexport type Course = CourseEntity;\n`,
    ],
    [
      'an entity relating to another module’s entity',
      'learning/entities/deliberate-violation.entity.ts',
      `import { UserEntity } from '../../identity/entities/user.entity.js';\nexport const entity = UserEntity;\n`,
    ],
    [
      'a re-export',
      'assessment/deliberate-violation.ts',
      `export { LessonEntity } from '../catalog/entities/lesson.entity.js';\n`,
    ],
  ])('rejects %s', async (_, file, source) => {
    expect(await restrictedImports(file, source)).toEqual([REJECTED]);
  });

  it.each([
    [
      'its own entities',
      'learning/own-entities.ts',
      `import { EnrollmentEntity } from './entities/enrollment.entity.js';\nexport const entity = EnrollmentEntity;\n`,
    ],
    [
      'its own entities from its entities folder',
      'learning/entities/own.entity.ts',
      `import { EnrollmentEntity } from './enrollment.entity.js';\nexport const entity = EnrollmentEntity;\n`,
    ],
    [
      'another module’s reader',
      'learning/reads-the-catalog.ts',
      `import { CatalogReader } from '../catalog/catalog-reader.js';\nexport const reader = CatalogReader;\n`,
    ],
  ])('lets a module import %s', async (_, file, source) => {
    expect(await restrictedImports(file, source)).toEqual([]);
  });

  it("lets the DataSource's list of every entity through (composition)", async () => {
    const source = `import { CourseEntity } from '../catalog/entities/course.entity.js';\nexport const entities = [CourseEntity];\n`;
    expect(await restrictedImports('database/entities.ts', source)).toEqual([]);
  });
});
