import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultContentDir } from '@fascicle/curriculum';
import { DataSource } from 'typeorm';
import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import type { SeedOutcome } from '../../apps/api/src/seed/run-seed.js';
import { LOGIN, registerLearner } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { seedCurriculum } from '../support/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  CATALOG,
  COMPLIANCE_REPORT,
  demoFigures,
  expectedDemoFigures,
  writeDemoFigures,
  FOUNDATIONS_QUIZZES,
  ITEM_ANALYSIS,
  MY_ENROLLMENTS,
  MY_ORGANIZATIONS,
  seededCounts,
  type Catalog,
  type ComplianceReport,
} from './seed-queries.js';

const HYBRID_CERTIFICATES = /* GraphQL */ `
  query Hybrid {
    myCertificates {
      kind
      credentialKind
      liveMinutes
      onlineMinutes
    }
  }
`;
const MY_ELIGIBILITY = /* GraphQL */ `
  query MyEligibility {
    myDryNeedlingEligibility {
      state
      verdict
      missing {
        kind
      }
    }
  }
`;
const HYBRID_PROGRESS = /* GraphQL */ `
  query Progress($programId: ID!) {
    myProgramProgress(programId: $programId) {
      met
      liveMinutes
      missing {
        kind
      }
    }
  }
`;

async function signIn(test: TestApp, email: string, password: string): Promise<GraphQLClient> {
  const { login } = await test.client.ok<{ login: { accessToken: string } }>(LOGIN, {
    input: { email, password },
  });
  return test.client.as(login.accessToken);
}

/**
 * The seed `npm start` runs on a new database: the curriculum published through the
 * authoring services, then the demo data, so that every screen has something true to show.
 * Slow by nature (a dozen people take four courses through the real services), so it runs
 * once per test run, on a copy of the content (the last test changes a lesson), and this file
 * checks it from every side.
 */
describe('the seed: curriculum and demo data', () => {
  let test: TestApp;
  let contentDir: string;
  let outcome: SeedOutcome;
  const inbox: OutgoingMail[] = [];

  beforeAll(async () => {
    test = await startTestApp({}, { mailSink: (mail) => void inbox.push(mail) });
    contentDir = await mkdtemp(join(tmpdir(), 'fascicle-content-'));
    await cp(defaultContentDir(), contentDir, { recursive: true });
    const started = Date.now();
    outcome = await seedCurriculum(test, { demoData: true, contentDir }, inbox);
    if (process.env['SHOW_DEMO_SEED']) {
      process.stdout.write(`demo seed took ${Date.now() - started} ms\n`);
    }
  }, 600_000);

  afterAll(async () => {
    await test?.close();
    await rm(contentDir, { recursive: true, force: true });
  });

  // First, before other tests add to the database. The server draws questions and shuffles
  // options with a secure random source; the demo learners' outcomes must not depend on it.
  it('makes the same demo data on every fresh start: the figures in demo-figures.json', async () => {
    const figures = await demoFigures(test);
    if (process.env['UPDATE_DEMO_FIGURES'] === '1') await writeDemoFigures(figures);
    expect(figures).toEqual(await expectedDemoFigures());
  });

  it('publishes the eight courses and the didactic program through the authoring services', async () => {
    expect(outcome.curriculum.courses.map((course) => course.outcome)).toEqual(
      Array.from({ length: 8 }, () => 'CREATED'),
    );
    const learner = test.client.as((await registerLearner(test)).accessToken);
    const { courses } = await learner.ok<Catalog>(CATALOG);
    expect(courses.edges.map(({ node }) => node.slug).sort()).toEqual([
      'dry-needling-complications',
      'dry-needling-evidence',
      'dry-needling-foundations',
      'dry-needling-mechanism',
      'dry-needling-practice',
      'dry-needling-regional-safety',
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
      for (const lesson of lessons) expect(lesson.references.length).toBeGreaterThanOrEqual(3);
    }
    const audit = (await test.app
      .get(DataSource)
      .query(
        `SELECT action, count(*)::int AS n FROM audit_events GROUP BY action ORDER BY action`,
      )) as { action: string; n: number }[];
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: 'COURSE_VERSION_PUBLISHED', n: 8 },
        // The didactic program and the hybrid one (demo data).
        { action: 'CREDENTIAL_PROGRAM_CREATED', n: 2 },
      ]),
    );
    // Published through every credit gate, none overridden.
    expect(audit.map((row) => row.action)).not.toContain('COURSE_GATES_OVERRIDDEN');
  });

  it('gives the demo clinic staff in every credential state', async () => {
    expect(outcome.demoDataCreated).toBe(true);
    const clinicAdmin = await signIn(test, 'clinic-admin@fascicle.test', 'demo-clinic-password');
    const { myOrganizations } = await clinicAdmin.ok<{ myOrganizations: { id: string }[] }>(
      MY_ORGANIZATIONS,
    );
    const { organization } = await clinicAdmin.ok<ComplianceReport>(COMPLIANCE_REPORT, {
      id: myOrganizations[0].id,
    });
    const report = organization.complianceReport;
    const totals = Object.fromEntries(report.totals.map(({ status, count }) => [status, count]));
    // Twelve staff, counted, and the clinic's administrator, listed but not required to hold
    // the credential (a clinic's creator starts so).
    expect(totals).toEqual({
      VALID: 3,
      EXPIRING_60: 2,
      EXPIRING_30: 2,
      EXPIRED: 2,
      REVOKED: 1,
      MISSING: 2,
    });
    const members = report.members.edges.map(({ node }) => node);
    expect(members).toHaveLength(13);
    expect(members.filter((m) => m.worstStatus === 'NOT_REQUIRED')).toHaveLength(1);
    for (const member of members.filter(
      (m) => m.worstStatus !== 'MISSING' && m.worstStatus !== 'NOT_REQUIRED',
    )) {
      expect(member.credentials[0].certificateCode).toMatch(/^[0-9A-Z]{4}-/);
    }
    if (process.env['SHOW_DEMO_SEED']) {
      const rows = members.map(
        (m) =>
          `${m.displayName.padEnd(26)} ${m.worstStatus.padEnd(12)} ${m.credentials[0].expiresOn ?? ''}`,
      );
      process.stdout.write(`${rows.join('\n')}\n${JSON.stringify(totals)}\n`);
    }
  });

  it('gives item analysis a few hundred graded attempts to work with', async () => {
    const [{ graded }] = (await test.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS graded FROM quiz_attempts WHERE status = 'SUBMITTED'`)) as {
      graded: number;
    }[];
    expect(graded).toBeGreaterThanOrEqual(200);

    const author = await signIn(test, 'instructor@fascicle.test', 'demo-instructor-password');
    const { course } = await author.ok<{
      course: { currentVersion: { quizzes: { id: string }[] } };
    }>(FOUNDATIONS_QUIZZES);
    const { quizItemAnalysis } = await author.ok<{
      quizItemAnalysis: {
        attempts: number;
        passRate: number;
        questions: { facility: number | null; discrimination: number | null }[];
      };
    }>(ITEM_ANALYSIS, { quizId: course.currentVersion.quizzes[0].id });
    expect(quizItemAnalysis.attempts).toBeGreaterThanOrEqual(60);
    expect(quizItemAnalysis.passRate).toBeGreaterThan(0);
    expect(quizItemAnalysis.passRate).toBeLessThan(1);
    const facilities = quizItemAnalysis.questions.map((question) => question.facility!);
    // Easy and hard questions, as a real cohort shows them.
    expect(Math.max(...facilities) - Math.min(...facilities)).toBeGreaterThan(0.2);
    // corr() has no value when every response to a question scored the same. The server draws
    // each attempt's questions with a secure random source, so now and then an easy question
    // is drawn only by learners who knew it: its discrimination is then rightly null.
    const withoutCorrelation = quizItemAnalysis.questions.filter((q) => q.discrimination === null);
    expect(withoutCorrelation.every((q) => q.facility === 0 || q.facility === 1)).toBe(true);
    expect(withoutCorrelation.length).toBeLessThanOrEqual(quizItemAnalysis.questions.length / 5);
  });

  it('gives the hybrid program a holder, a learner part-way and a seat at the next lab', async () => {
    const held = async (email: string) =>
      (
        await (
          await signIn(test, email, 'demo-staff-password')
        ).ok<{
          myCertificates: {
            kind: string;
            credentialKind: string;
            liveMinutes: number;
            onlineMinutes: number;
          }[];
        }>(HYBRID_CERTIFICATES)
      ).myCertificates.filter((c) => c.credentialKind === 'HYBRID');
    // 50 lab hours on top of the eight courses' 727 minutes.
    expect(await held('ava.thompson@frontrange-pt.test')).toEqual([
      { kind: 'PROGRAM', credentialKind: 'HYBRID', liveMinutes: 3000, onlineMinutes: 727 },
    ]);
    const marcus = await signIn(test, 'marcus.chen@frontrange-pt.test', 'demo-staff-password');
    const [program] = (await test.app
      .get(DataSource)
      .query(`SELECT program_id AS id FROM hybrid_program_rules`)) as { id: string }[];
    const { myProgramProgress } = await marcus.ok<{
      myProgramProgress: { met: boolean; liveMinutes: number; missing: { kind: string }[] };
    }>(HYBRID_PROGRESS, { programId: program!.id });
    // Twenty minutes late to one lab, the practical failed, 24 sessions confirmed of 25.
    expect(myProgramProgress).toEqual({
      met: false,
      liveMinutes: 2980,
      missing: [
        { kind: 'LIVE_MINUTES' },
        { kind: 'PRACTICAL_EXAM' },
        { kind: 'SUPERVISED_SESSIONS' },
      ],
    });
    expect(await held('marcus.chen@frontrange-pt.test')).toEqual([]);
  });

  it('answers differently in Colorado and Florida for the two hybrid staff', async () => {
    const answers = async (email: string) =>
      (
        await (
          await signIn(test, email, 'demo-staff-password')
        ).ok<{
          myDryNeedlingEligibility: {
            state: string;
            verdict: string;
            missing: { kind: string }[];
          }[];
        }>(MY_ELIGIBILITY)
      ).myDryNeedlingEligibility;
    expect(await answers('ava.thompson@frontrange-pt.test')).toEqual([
      { state: 'CO', verdict: 'CHECK_WITH_BOARD', missing: [] },
      { state: 'FL', verdict: 'ELIGIBLE', missing: [] },
    ]);
    // One supervised session short in Florida (and short of its face-to-face hours).
    expect(await answers('marcus.chen@frontrange-pt.test')).toEqual([
      { state: 'CO', verdict: 'CHECK_WITH_BOARD', missing: [] },
      {
        state: 'FL',
        verdict: 'MISSING_REQUIREMENTS',
        missing: [
          { kind: 'TRAINING_HOURS' },
          { kind: 'IN_PERSON_HOURS' },
          { kind: 'SUPERVISED_SESSIONS' },
        ],
      },
    ]);
    // Marcus's Colorado license renews within 60 days of the demo's start.
    const [renewing] = (await test.app.get(DataSource).query(
      `SELECT count(*)::int AS n FROM licenses l JOIN users u ON u.id = l.user_id
        WHERE u.email = 'marcus.chen@frontrange-pt.test' AND l.state = 'CO'
          AND l.expires_on <= CURRENT_DATE + 60`,
    )) as [{ n: number }];
    expect(renewing.n).toBe(1);
  });

  it('leaves the demo learner part-way through Foundations', async () => {
    const learner = await signIn(test, 'learner@fascicle.test', 'demo-learner-password');
    const { myEnrollments } = await learner.ok<{
      myEnrollments: { status: string; courseVersion: { course: { slug: string } } }[];
    }>(MY_ENROLLMENTS);
    expect(myEnrollments).toEqual([
      { status: 'ACTIVE', courseVersion: { course: { slug: 'dry-needling-foundations' } } },
    ]);
  });

  it('changes nothing when the seed runs again', async () => {
    const before = await seededCounts(test);
    const again = await seedCurriculum(test, { demoData: true, contentDir }, inbox);
    expect(again.curriculum.courses.every((course) => course.outcome === 'UNCHANGED')).toBe(true);
    expect(again.demoDataCreated).toBe(false);
    expect(await seededCounts(test)).toEqual(before);
  }, 120_000);

  it('publishes a new version of a course whose lesson file changed, and only of that one, telling past completers of a safety correction', async () => {
    // The safety course's files say its versions correct safety content (corrects, versionNotes).
    const file = join(contentDir, 'courses/03-safety/lessons/01-contraindications.md');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace(/\n## References/, '\nA sentence added by the test.\n\n## References'),
    );
    const db = test.app.get(DataSource);
    const [{ completers }] = (await db.query(
      `SELECT count(DISTINCT e.user_id)::int AS completers FROM enrollments e
         JOIN courses c ON c.id = e.course_id
        WHERE c.slug = 'dry-needling-safety' AND e.status = 'COMPLETED'`,
    )) as { completers: number }[];
    const mailsBefore = inbox.length;

    const first = await seedCurriculum(test, { demoData: true, contentDir }, inbox);
    expect(first.curriculum.courses.map((course) => [course.slug, course.outcome])).toEqual(
      first.curriculum.courses.map((course) => [
        course.slug,
        course.slug === 'dry-needling-safety' ? 'NEW_VERSION' : 'UNCHANGED',
      ]),
    );
    expect(first.curriculum.courses).toHaveLength(8);
    const versions = (await db.query(
      `SELECT v.number, v.status, v.changelog FROM course_versions v JOIN courses c ON c.id = v.course_id
        WHERE c.slug = 'dry-needling-safety' ORDER BY v.number`,
    )) as { number: number; status: string; changelog: string }[];
    expect(versions.map(({ number, status }) => ({ number, status }))).toEqual([
      { number: 1, status: 'RETIRED' },
      { number: 2, status: 'PUBLISHED' },
    ]);
    expect(versions[1]!.changelog).toMatch(/^Safety content added and corrected: pneumothorax/);
    const [lesson] = (await db.query(
      `SELECT l.body_markdown AS body FROM lessons l
         JOIN course_modules m ON m.id = l.module_id
         JOIN courses c ON c.published_version_id = m.version_id
        WHERE c.slug = 'dry-needling-safety' ORDER BY m.position, l.position LIMIT 1`,
    )) as { body: string }[];
    expect(lesson.body).toContain('A sentence added by the test.');

    // Everyone who completed version 1 is told, once, in the transcript and by email.
    expect(completers).toBeGreaterThan(0);
    const notices = (await db.query(
      `SELECT n.kinds, n.version_number AS "versionNumber", n.summary FROM correction_notices n`,
    )) as { kinds: string[]; versionNumber: number; summary: string }[];
    expect(notices).toHaveLength(completers);
    expect(
      new Set(notices.map((notice) => `${notice.kinds.join()} v${notice.versionNumber}`)),
    ).toEqual(new Set(['SAFETY v2']));
    expect(notices[0]!.summary).toBe(versions[1]!.changelog);
    const told = inbox
      .slice(mailsBefore)
      .filter((mail) => /corrects safety content/.test(mail.subject));
    expect(told).toHaveLength(completers);

    const again = await seedCurriculum(test, { demoData: true, contentDir }, inbox);
    expect(again.curriculum.courses.every((course) => course.outcome === 'UNCHANGED')).toBe(true);
  }, 120_000);
});
