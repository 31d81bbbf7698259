import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultContentDir } from '@fascicle/curriculum';
import { DataSource } from 'typeorm';
import { registerLearner } from '../support/factories.js';
import { seedCurriculum } from '../support/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CATALOG = /* GraphQL */ `
  query Catalog {
    courses(first: 10) {
      edges {
        node {
          slug
          currentVersion {
            number
            ceHours
            creditMinutes
            creditReport {
              supportedMinutes
              problems {
                code
              }
            }
            modules {
              title
              lessons {
                title
                seatTimeMinutes
                references {
                  citation
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** What the seed writes, counted: a second run must leave every number as it was. */
async function counts(test: TestApp): Promise<Record<string, number>> {
  const db = test.app.get(DataSource);
  const tables = [
    'courses',
    'course_versions',
    'course_modules',
    'lessons',
    'questions',
    'question_options',
    'quizzes',
    'course_approvals',
    'credential_programs',
    'audit_events',
  ];
  const result: Record<string, number> = {};
  for (const table of tables) {
    const [row] = (await db.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
    result[table] = row.n;
  }
  return result;
}

describe('the curriculum seed', () => {
  let test: TestApp;
  let contentDir: string;

  beforeAll(async () => {
    test = await startTestApp();
    // A copy of the content, so the test can change a lesson without touching the real one.
    contentDir = await mkdtemp(join(tmpdir(), 'fascicle-content-'));
    await cp(defaultContentDir(), contentDir, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await test.close();
    await rm(contentDir, { recursive: true, force: true });
  });

  it('publishes the four courses and the Level 1 program through the authoring services', async () => {
    const outcome = await seedCurriculum(test, { contentDir });
    expect(outcome.curriculum.courses.map((course) => course.outcome)).toEqual([
      'CREATED',
      'CREATED',
      'CREATED',
      'CREATED',
    ]);
    const learner = test.client.as((await registerLearner(test)).accessToken);
    const { courses } = await learner.ok<{
      courses: {
        edges: {
          node: {
            slug: string;
            currentVersion: {
              number: number;
              ceHours: number;
              creditMinutes: number;
              creditReport: { supportedMinutes: number; problems: unknown[] } | null;
              modules: { lessons: { seatTimeMinutes: number; references: unknown[] }[] }[];
            };
          };
        }[];
      };
    }>(CATALOG);
    expect(courses.edges.map(({ node }) => node.slug).sort()).toEqual([
      'dry-needling-foundations',
      'dry-needling-mechanism',
      'dry-needling-safety',
      'dry-needling-technique',
    ]);
    for (const { node: course } of courses.edges) {
      const lessons = course.currentVersion.modules.flatMap((module) => module.lessons);
      // Hours are the claimed minutes in 60-minute hours, and the claim is what the content
      // supports (the learner sees no credit report; the admin check is below).
      expect(course.currentVersion.ceHours).toBe(
        Math.floor(course.currentVersion.creditMinutes / 15) / 4,
      );
      expect(course.currentVersion.creditReport).toBeNull();
      for (const lesson of lessons) expect(lesson.references.length).toBeGreaterThanOrEqual(2);
    }
    const db = test.app.get(DataSource);
    const audit = (await db.query(
      `SELECT action, count(*)::int AS n FROM audit_events GROUP BY action ORDER BY action`,
    )) as { action: string; n: number }[];
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'COURSE_VERSION_PUBLISHED', n: 4 },
        { action: 'CREDENTIAL_PROGRAM_CREATED', n: 1 },
      ]),
    );
    // Published through every credit gate, none overridden.
    expect(audit.map((row) => row.action)).not.toContain('COURSE_GATES_OVERRIDDEN');
  }, 120_000);

  it('changes nothing when run again', async () => {
    const before = await counts(test);
    const outcome = await seedCurriculum(test, { contentDir });
    expect(outcome.curriculum.courses.every((course) => course.outcome === 'UNCHANGED')).toBe(true);
    expect(await counts(test)).toEqual(before);
  }, 120_000);

  it('publishes a new version of a course whose lesson file changed, and only of that one', async () => {
    const file = join(contentDir, 'courses/02-mechanism/lessons/01-local-twitch-response.md');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace(/\n## References/, '\nA sentence added by the test.\n\n## References'),
    );
    const first = await seedCurriculum(test, { contentDir });
    expect(first.curriculum.courses.map((course) => [course.slug, course.outcome])).toEqual([
      ['dry-needling-foundations', 'UNCHANGED'],
      ['dry-needling-mechanism', 'NEW_VERSION'],
      ['dry-needling-safety', 'UNCHANGED'],
      ['dry-needling-technique', 'UNCHANGED'],
    ]);
    const db = test.app.get(DataSource);
    const versions = (await db.query(
      `SELECT v.number, v.status FROM course_versions v JOIN courses c ON c.id = v.course_id
        WHERE c.slug = 'dry-needling-mechanism' ORDER BY v.number`,
    )) as { number: number; status: string }[];
    expect(versions).toEqual([
      { number: 1, status: 'RETIRED' },
      { number: 2, status: 'PUBLISHED' },
    ]);
    const [lesson] = (await db.query(
      `SELECT l.body_markdown AS body FROM lessons l
         JOIN course_modules m ON m.id = l.module_id
         JOIN courses c ON c.published_version_id = m.version_id
        WHERE c.slug = 'dry-needling-mechanism' ORDER BY m.position, l.position LIMIT 1`,
    )) as { body: string }[];
    expect(lesson.body).toContain('A sentence added by the test.');
    const again = await seedCurriculum(test, { contentDir });
    expect(again.curriculum.courses.every((course) => course.outcome === 'UNCHANGED')).toBe(true);
  }, 120_000);
});
