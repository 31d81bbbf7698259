import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultContentDir, loadCurriculum, type Curriculum } from '@fascicle/curriculum';
import { DataSource } from 'typeorm';
import { CourseContentService } from '../../apps/api/src/catalog/course-content.service.js';
import { CourseReviewService } from '../../apps/api/src/catalog/course-review.service.js';
import { seedCurriculum } from '../support/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Stops the seed at the `call`-th call of one service method, as a kill of the process
 * would: what committed before stays, nothing after happens. `after`: the call itself
 * commits first (a kill just after it). Restored once it has struck.
 */
function crashAt<T extends object>(
  service: T,
  method: keyof T & string,
  call: number,
  after = false,
): void {
  const original = service[method] as (...args: unknown[]) => Promise<unknown>;
  let calls = 0;
  Object.assign(service, {
    [method]: async (...args: unknown[]) => {
      calls += 1;
      if (calls !== call) return original.apply(service, args);
      Object.assign(service, { [method]: original });
      if (after) await original.apply(service, args);
      throw new Error(`simulated crash at ${method} #${call}`);
    },
  });
}

interface VersionRow {
  slug: string;
  number: number;
  status: string;
}

/** Every row of content in every version: a rewritten draft leaves none of its old rows. */
async function contentCounts(db: DataSource) {
  const [row] = (await db.query(
    `SELECT (SELECT count(*)::int FROM course_modules) AS modules,
            (SELECT count(*)::int FROM lessons) AS lessons,
            (SELECT count(*)::int FROM question_banks) AS banks,
            (SELECT count(*)::int FROM questions) AS questions,
            (SELECT count(*)::int FROM quizzes) AS quizzes`,
  )) as Record<string, number>[];
  return row;
}

function curriculumCounts(curriculum: Curriculum, versionsOf: (slug: string) => number) {
  const counts = { modules: 0, lessons: 0, banks: 0, questions: 0, quizzes: 0 };
  for (const course of curriculum.courses) {
    const times = versionsOf(course.slug);
    const quizzes = [...course.modules.map((m) => m.quiz), course.finalExam].filter((q) => q);
    counts.modules += times * course.modules.length;
    counts.lessons += times * course.modules.reduce((sum, m) => sum + m.lessons.length, 0);
    counts.banks += times * quizzes.length;
    counts.quizzes += times * quizzes.length;
    counts.questions += times * quizzes.reduce((sum, q) => sum + q!.questions.length, 0);
  }
  return counts;
}

/**
 * The curriculum seed stopped part-way, at the moments a kill leaves something behind: a
 * new course's draft half written, a version submitted but not published, a version
 * published but not yet written down in seed_records, a new version's draft half written.
 * The next run finishes the job with each version made and published once.
 */
describe('the curriculum seed after a crash', () => {
  let test: TestApp;
  let db: DataSource;
  let contentDir: string;
  const curriculum = loadCurriculum(defaultContentDir());

  beforeAll(async () => {
    test = await startTestApp();
    db = test.app.get(DataSource);
    contentDir = await mkdtemp(join(tmpdir(), 'fascicle-content-'));
    await cp(defaultContentDir(), contentDir, { recursive: true });
  });

  afterAll(async () => {
    await test?.close();
    await rm(contentDir, { recursive: true, force: true });
  });

  const versions = async () =>
    (await db.query(
      `SELECT c.slug, v.number, v.status FROM course_versions v JOIN courses c ON c.id = v.course_id
        ORDER BY c.slug, v.number`,
    )) as VersionRow[];
  const published = async () =>
    (await db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'COURSE_VERSION_PUBLISHED'`,
    )) as { n: number }[];

  it('finishes the first versions it had started, publishing each once', async () => {
    const content = test.app.get(CourseContentService);
    const review = test.app.get(CourseReviewService);
    // Foundations: its third lesson never written.
    crashAt(content, 'addLesson', 3);
    await expect(seedCurriculum(test, { contentDir })).rejects.toThrow('simulated crash');
    // Foundations finished (publish #1); Mechanism submitted, not published.
    crashAt(review, 'publish', 2);
    await expect(seedCurriculum(test, { contentDir })).rejects.toThrow('simulated crash');
    // Mechanism finished (publish #1); Safety published, the seed's record of it not written.
    crashAt(review, 'publish', 2, true);
    await expect(seedCurriculum(test, { contentDir })).rejects.toThrow('simulated crash');

    const outcome = await seedCurriculum(test, { contentDir });

    // Foundations and Mechanism were finished by the runs before.
    expect(outcome.curriculum.courses.map((c) => [c.slug, c.outcome])).toEqual(
      curriculum.courses.map((c, index) => [c.slug, index < 2 ? 'UNCHANGED' : 'CREATED']),
    );
    expect(await versions()).toEqual(
      curriculum.courses
        .map((c) => ({ slug: c.slug, number: 1, status: 'PUBLISHED' }))
        .sort((a, b) => a.slug.localeCompare(b.slug)),
    );
    expect(await published()).toEqual([{ n: curriculum.courses.length }]);
    expect(await contentCounts(db)).toEqual(curriculumCounts(curriculum, () => 1));
    const again = await seedCurriculum(test, { contentDir });
    expect(again.curriculum.courses.every((c) => c.outcome === 'UNCHANGED')).toBe(true);
  }, 240_000);

  it('finishes a new version it had started when a course file changed', async () => {
    const file = join(contentDir, 'courses/02-mechanism/lessons/01-local-twitch-response.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/\n## References/, '\nAdded by the test.\n\n## References'));
    crashAt(test.app.get(CourseContentService), 'addLesson', 2);
    await expect(seedCurriculum(test, { contentDir })).rejects.toThrow('simulated crash');

    const outcome = await seedCurriculum(test, { contentDir });

    expect(outcome.curriculum.courses.map((c) => [c.slug, c.outcome])).toEqual(
      curriculum.courses.map((c) => [
        c.slug,
        c.slug === 'dry-needling-mechanism' ? 'NEW_VERSION' : 'UNCHANGED',
      ]),
    );
    expect((await versions()).filter((v) => v.slug === 'dry-needling-mechanism')).toEqual([
      { slug: 'dry-needling-mechanism', number: 1, status: 'RETIRED' },
      { slug: 'dry-needling-mechanism', number: 2, status: 'PUBLISHED' },
    ]);
    expect(await published()).toEqual([{ n: curriculum.courses.length + 1 }]);
    expect(await contentCounts(db)).toEqual(
      curriculumCounts(curriculum, (slug) => (slug === 'dry-needling-mechanism' ? 2 : 1)),
    );
  }, 240_000);
});
