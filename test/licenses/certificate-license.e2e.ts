import { DataSource } from 'typeorm';
import { quizCourse, type QuizCourse } from '../support/assessment.js';
import { asInstructor, publish, UPDATE_LESSON } from '../support/catalog.js';
import { asAdmin, registerLearner } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { finishOneLessonCourse } from '../support/learning.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MINE = /* GraphQL */ `
  query Mine {
    myCertificates {
      code
      licenseNumber
      licenseState
      license {
        id
        state
        number
        status
      }
    }
  }
`;
const SAVE = /* GraphQL */ `
  mutation Save($input: SaveLicenseInput!) {
    saveLicense(input: $input) {
      licenses {
        id
        state
        primary
      }
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation Remove($id: ID!) {
    removeLicense(id: $id) {
      licenseState
    }
  }
`;

interface Held {
  code: string;
  licenseNumber: string | null;
  licenseState: string | null;
  license: { id: string; state: string; number: string; status: string } | null;
}

/** A certificate names the license it was earned under, beside what it printed. */
describe('certificates and the license they were earned under', () => {
  let test: TestApp;
  let courses: QuizCourse[];

  beforeAll(async () => {
    test = await startTestApp();
    const author = test.client.as((await asInstructor(test)).accessToken);
    const admin = test.client.as((await asAdmin(test)).accessToken);
    courses = [];
    for (let i = 0; i < 2; i += 1) {
      const course = await quizCourse(author, admin, {
        bankSize: 3,
        quiz: { passingScorePercent: 60 },
        publish: false,
      });
      await author.ok(UPDATE_LESSON, {
        input: { lessonId: course.lessonIds[0], seatTimeMinutes: 1 },
      });
      await publish(author, admin, course.versionId);
      courses.push(course);
    }
  }, 180_000);
  afterAll(() => test.close());

  const mine = async (learner: GraphQLClient) =>
    (await learner.ok<{ myCertificates: Held[] }>(MINE)).myCertificates;

  it('names the primary license at issue, in one batch, and keeps the print when it goes', async () => {
    const session = await registerLearner(test, { licenseNumber: 'PT-7001', licenseState: 'CO' });
    const learner = test.client.as(session.accessToken);
    const { saveLicense } = await learner.ok<{
      saveLicense: { licenses: { id: string; state: string; primary: boolean }[] };
    }>(SAVE, {
      input: { state: 'FL', profession: 'PHYSICAL_THERAPIST', number: 'PT0001665', primary: true },
    });
    const fl = saveLicense.licenses.find((license) => license.state === 'FL')!;
    expect(fl.primary).toBe(true);

    for (const course of courses) await finishOneLessonCourse(test, learner, course);

    const db = test.app.get(DataSource);
    const { result: held, queries } = await countQueries(db, () => mine(learner));
    expect(held).toHaveLength(2);
    for (const certificate of held) {
      expect(certificate).toMatchObject({
        licenseNumber: 'PT0001665',
        licenseState: 'FL',
        license: { id: fl.id, state: 'FL', number: 'PT0001665', status: 'ACTIVE' },
      });
    }
    // Both certificates' licenses come from one query: no query per certificate.
    expect(queries.filter((sql) => /FROM "licenses"/i.test(sql))).toHaveLength(1);

    await learner.ok(REMOVE, { id: fl.id });
    for (const certificate of await mine(learner)) {
      expect(certificate).toMatchObject({
        licenseNumber: 'PT0001665',
        licenseState: 'FL',
        license: null,
      });
    }
  });
});
