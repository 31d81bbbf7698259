import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { freshDatabase, type TestDatabase } from '../support/database.js';
import { sleep } from '../support/free-port.js';
import {
  answerAll,
  ENROLL,
  quizCourse,
  startAttempt,
  SUBMIT_ATTEMPT,
  type QuizCourse,
} from '../support/assessment.js';
import { asInstructor, publish, UPDATE_LESSON } from '../support/catalog.js';
import { expiringCredentialsInAClinic, reminderMails } from '../support/credentials.js';
import { asAdmin, LOGIN, registerLearner } from '../support/factories.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { COMPLETE_LESSON, EVALUATE, evaluationInput, RECORD } from '../support/learning.js';
import { startSmtpReceiver } from '../support/smtp.js';
import { startTestApp, TEST_SIGNING_KEY, type TestApp } from '../support/test-app.js';
import { buildApi, startProductionApi, type RunningApi } from './production-start.js';

/** The test app's secret, so that tokens it hands out are good on both processes. */
const JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256';
const RUN_REMINDERS = /* GraphQL */ `
  mutation RunReminders {
    runCredentialReminders
  }
`;
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code ?? 'OK';

/**
 * Two API processes, started as production starts them, on one PostgreSQL server and one
 * Redis, with requests spread across both: what must happen once happens once. The data are
 * prepared through a test app on the same database (it can make instructors and admins).
 */
const onServer = process.env['TEST_DATABASE_URL'] && process.env['TEST_REDIS_URL'];
(onServer ? describe : describe.skip)('two API processes on one database and Redis', () => {
  let database: TestDatabase;
  let setup: TestApp;
  let apis: RunningApi[] = [];
  let clients: GraphQLClient[];
  let course: QuizCourse;
  // Every process sends mail here, the set-up app too: its queue worker polls the same table.
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

  beforeAll(async () => {
    database = await freshDatabase();
    if (database.target.kind !== 'server') throw new Error('expected a server database');
    smtp = await startSmtpReceiver();
    setup = await startTestApp({ JWT_SECRET, SMTP_URL: smtp.url }, { database: database.target });
    const author = setup.client.as((await asInstructor(setup)).accessToken);
    const admin = setup.client.as((await asAdmin(setup)).accessToken);
    course = await quizCourse(author, admin, { bankSize: 3, publish: false });
    await author.ok(UPDATE_LESSON, {
      input: { lessonId: course.lessonIds[0], seatTimeMinutes: 1 },
    });
    await publish(author, admin, course.versionId);

    await buildApi();
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: database.target.url,
      DATABASE_POOL_SIZE: '4',
      REDIS_URL: process.env['TEST_REDIS_URL']!,
      REDIS_KEY_PREFIX: `fascicle-test:${randomUUID()}:`,
      SMTP_URL: smtp.url,
      FASCICLE_DATA_DIR: `/tmp/fascicle-two-processes-${randomUUID()}`,
      JWT_SECRET,
      CREDENTIAL_SIGNING_KEY: TEST_SIGNING_KEY,
      LOG_LEVEL: 'warn',
    };
    apis = await Promise.all([startProductionApi(env), startProductionApi(env)]);
    clients = apis.map((api) => new GraphQLClient(api.url));
  }, 300_000);

  afterAll(async () => {
    for (const api of apis) api.kill();
    await setup?.close();
    await database?.dispose();
    await smtp?.close();
  });

  /** The i-th request goes to one process, the next to the other. */
  const spread = (i: number, token?: string) => {
    const client = clients[i % 2]!;
    return token ? client.as(token) : client;
  };

  it('holds the login limit across both: 40 wrong passwords at once, 5 checked', async () => {
    const learner = await registerLearner(setup);
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        spread(i)
          .request(LOGIN, { input: { email: learner.email, password: 'not-the-password' } })
          .then(codeOf),
      ),
    );
    const checked = answers.filter((code) => code === 'UNAUTHENTICATED');
    expect(checked).toHaveLength(5);
    expect(answers.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(35);
  });

  it('grades 50 concurrent submits of one attempt once', async () => {
    const learner = await registerLearner(setup);
    const mine = setup.client.as(learner.accessToken);
    const attempt = await startAttempt(mine, course);
    await answerAll(mine, attempt, course.key, () => true);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        spread(i, learner.accessToken).ok<{
          submitQuizAttempt: { scorePercent: number; passed: boolean };
        }>(SUBMIT_ATTEMPT, { attemptId: attempt.id }),
      ),
    );
    expect(new Set(results.map((r) => JSON.stringify(r.submitQuizAttempt))).size).toBe(1);
    const [{ graded }] = (await setup.app.get(DataSource).query(
      `SELECT count(*)::int AS graded FROM audit_events
          WHERE action = 'QUIZ_ATTEMPT_GRADED' AND subject_id = $1`,
      [attempt.id],
    )) as { graded: number }[];
    expect(graded).toBe(1);
  });

  it('issues one certificate when both processes complete the course at once', async () => {
    const learner = await registerLearner(setup);
    const mine = setup.client.as(learner.accessToken);
    const { enroll } = await mine.ok<{ enroll: { id: string } }>(ENROLL, {
      courseId: course.courseId,
    });
    const lessonId = course.lessonIds[0];
    await mine.ok(RECORD, { lessonId });
    setup.clock.advance(60_000);
    await mine.ok(RECORD, { lessonId });
    await mine.ok(COMPLETE_LESSON, { lessonId });
    const attempt = await startAttempt(mine, course);
    await answerAll(mine, attempt, course.key, () => true);
    await mine.ok(SUBMIT_ATTEMPT, { attemptId: attempt.id });

    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        spread(i, learner.accessToken)
          .request(EVALUATE, { input: evaluationInput(enroll.id) })
          .then(codeOf),
      ),
    );
    expect(answers).toContain('OK');
    const [{ issued }] = (await setup.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS issued FROM certificates WHERE user_id = $1`, [
        learner.userId,
      ])) as { issued: number }[];
    expect(issued).toBe(1);
  });

  it('sends each reminder once when both processes run the reminder job at once', async () => {
    await expiringCredentialsInAClinic(setup, 'clinic.admin@example.com', [
      { email: 'sixty@example.com', expiresInDays: 50 },
      { email: 'thirty@example.com', expiresInDays: 20 },
      { email: 'later@example.com', expiresInDays: 300 },
    ]);
    const admin = (await asAdmin(setup)).accessToken;
    const claimed = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        spread(i, admin)
          .ok<{ runCredentialReminders: number }>(RUN_REMINDERS)
          .then((data) => data.runCredentialReminders),
      ),
    );
    // Two reminders are due (the 60-day and the 30-day one); the 300-day holder gets none.
    expect(claimed.reduce((sum, n) => sum + n, 0)).toBe(2);
    // Each goes to its holder and to the clinic's admin, sent after the commit by the queue.
    const deadline = Date.now() + 15_000;
    const reminders = () => reminderMails(smtp.mails);
    while (reminders().length < 4 && Date.now() < deadline) await sleep(100);
    await sleep(1_000); // time for a second copy to arrive, if one were on its way
    const sent = reminders()
      .map((mail) => `${mail.to.join()} ${mail.subject}`)
      .sort();
    expect(sent).toEqual([
      expect.stringMatching(/^clinic\.admin@example\.com .*\(20 days\)$/),
      expect.stringMatching(/^clinic\.admin@example\.com .*\(50 days\)$/),
      expect.stringMatching(/^sixty@example\.com .*\(50 days\)$/),
      expect.stringMatching(/^thirty@example\.com .*\(20 days\)$/),
    ]);
  });
});
