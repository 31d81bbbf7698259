import { DataSource } from 'typeorm';
import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import { LOGIN } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { seedCurriculum } from '../support/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MY_ORGANIZATIONS = /* GraphQL */ `
  query Mine {
    myOrganizations {
      id
      name
    }
  }
`;
const REPORT = /* GraphQL */ `
  query Report($id: ID!) {
    organization(id: $id) {
      complianceReport(first: 50, sort: NAME) {
        totals {
          status
          count
        }
        members {
          edges {
            node {
              displayName
              worstStatus
              nextExpiry
              credentials {
                status
                certificateCode
                expiresOn
              }
            }
          }
        }
      }
    }
  }
`;
const FOUNDATIONS_QUIZZES = /* GraphQL */ `
  query Foundations {
    course(slug: "dry-needling-foundations") {
      currentVersion {
        quizzes {
          id
          title
        }
      }
    }
  }
`;
const ANALYSIS = /* GraphQL */ `
  query Analysis($quizId: ID!) {
    quizItemAnalysis(quizId: $quizId) {
      attempts
      passRate
      questions {
        facility
        discrimination
      }
    }
  }
`;
const MY_ENROLLMENTS = /* GraphQL */ `
  query Mine {
    myEnrollments {
      status
      courseVersion {
        course {
          slug
        }
      }
    }
  }
`;

interface Report {
  organization: {
    complianceReport: {
      totals: { status: string; count: number }[];
      members: {
        edges: {
          node: {
            displayName: string;
            worstStatus: string;
            nextExpiry: string | null;
            credentials: {
              status: string;
              certificateCode: string | null;
              expiresOn: string | null;
            }[];
          };
        }[];
      };
    };
  };
}

async function signIn(test: TestApp, email: string, password: string): Promise<GraphQLClient> {
  const { login } = await test.client.ok<{ login: { accessToken: string } }>(LOGIN, {
    input: { email, password },
  });
  return test.client.as(login.accessToken);
}

/**
 * The demo data `npm start` creates on a new database: every screen has something true to
 * show. Slow by nature (a dozen people take four courses through the real services), so it
 * runs once per database and this file checks it from every side.
 */
describe('the demo data', () => {
  let test: TestApp;
  const inbox: OutgoingMail[] = [];

  beforeAll(async () => {
    test = await startTestApp({}, { mailSink: (mail) => void inbox.push(mail) });
    const started = Date.now();
    const outcome = await seedCurriculum(test, { demoData: true }, inbox);
    expect(outcome.demoDataCreated).toBe(true);
    if (process.env['SHOW_DEMO_SEED']) {
      process.stdout.write(`demo seed took ${Date.now() - started} ms\n`);
    }
  }, 600_000);

  afterAll(async () => {
    await test?.close();
  });

  it('gives the demo clinic staff in every credential state', async () => {
    const clinicAdmin = await signIn(test, 'clinic-admin@fascicle.test', 'demo-clinic-password');
    const { myOrganizations } = await clinicAdmin.ok<{ myOrganizations: { id: string }[] }>(
      MY_ORGANIZATIONS,
    );
    const { organization } = await clinicAdmin.ok<Report>(REPORT, { id: myOrganizations[0].id });
    const report = organization.complianceReport;
    const totals = Object.fromEntries(report.totals.map(({ status, count }) => [status, count]));
    // Twelve staff and the clinic's administrator, who holds no credential.
    expect(totals).toEqual({
      VALID: 3,
      EXPIRING_60: 2,
      EXPIRING_30: 2,
      EXPIRED: 2,
      REVOKED: 1,
      MISSING: 3,
    });
    const members = report.members.edges.map(({ node }) => node);
    expect(members).toHaveLength(13);
    for (const member of members.filter((m) => m.worstStatus !== 'MISSING')) {
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
    }>(ANALYSIS, { quizId: course.currentVersion.quizzes[0].id });
    expect(quizItemAnalysis.attempts).toBeGreaterThanOrEqual(60);
    expect(quizItemAnalysis.passRate).toBeGreaterThan(0);
    expect(quizItemAnalysis.passRate).toBeLessThan(1);
    const facilities = quizItemAnalysis.questions.map((question) => question.facility!);
    // Easy and hard questions, as a real cohort shows them.
    expect(Math.max(...facilities) - Math.min(...facilities)).toBeGreaterThan(0.2);
    expect(quizItemAnalysis.questions.every((q) => q.discrimination !== null)).toBe(true);
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
    const db = test.app.get(DataSource);
    const count = async () =>
      (await db.query(
        `SELECT (SELECT count(*) FROM users)::int AS users,
                (SELECT count(*) FROM certificates)::int AS certificates,
                (SELECT count(*) FROM quiz_attempts)::int AS attempts,
                (SELECT count(*) FROM memberships)::int AS memberships`,
      )) as unknown[];
    const before = await count();
    const outcome = await seedCurriculum(test, { demoData: true }, inbox);
    expect(outcome.demoDataCreated).toBe(false);
    expect(await count()).toEqual(before);
  });
});
