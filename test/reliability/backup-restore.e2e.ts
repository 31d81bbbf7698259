import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { verifyOffline } from '@fascicle/credentials';
import {
  admin,
  freshDatabase,
  uniqueSuffix,
  withDatabase,
  type TestDatabase,
} from '../support/database.js';
import {
  answerAll,
  ENROLL,
  quizCourse,
  startAttempt,
  SUBMIT_ATTEMPT,
} from '../support/assessment.js';
import { asAdmin, LOGIN, registerLearner } from '../support/factories.js';
import { asInstructor, publish, UPDATE_LESSON } from '../support/catalog.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import {
  COMPLETE_LESSON,
  ENROLLMENT,
  EVALUATE,
  evaluationInput,
  RECORD,
  VERIFY,
} from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const run = promisify(execFile);

/** What a restore must bring back: a learner's finished course and its certificate. */
interface Holding {
  email: string;
  password: string;
  enrollmentId: string;
  code: string;
  issuedAt: Date;
}

/** A learner completes a one-lesson course and is issued a certificate. */
async function populate(test: TestApp): Promise<Holding> {
  const author = test.client.as((await asInstructor(test)).accessToken);
  const admin = test.client.as((await asAdmin(test)).accessToken);
  const course = await quizCourse(author, admin, { bankSize: 3, publish: false });
  await author.ok(UPDATE_LESSON, { input: { lessonId: course.lessonIds[0], seatTimeMinutes: 1 } });
  await publish(author, admin, course.versionId);
  const learner = await registerLearner(test);
  const client = test.client.as(learner.accessToken);
  const { enroll } = await client.ok<{ enroll: { id: string } }>(ENROLL, {
    courseId: course.courseId,
  });
  const lessonId = course.lessonIds[0];
  await client.ok(RECORD, { lessonId });
  test.clock.advance(60_000);
  await client.ok(RECORD, { lessonId });
  await client.ok(COMPLETE_LESSON, { lessonId });
  const attempt = await startAttempt(client, course);
  await answerAll(client, attempt, course.key, () => true);
  await client.ok(SUBMIT_ATTEMPT, { attemptId: attempt.id });
  const { submitCourseEvaluation } = await client.ok<{
    submitCourseEvaluation: { code: string };
  }>(EVALUATE, { input: evaluationInput(enroll.id) });
  return {
    email: learner.email,
    password: learner.password,
    enrollmentId: enroll.id,
    code: submitCourseEvaluation.code,
    issuedAt: test.clock.now(),
  };
}

/** On the restored copy: the code verifies, the signed credential and status list hold. */
async function expectIntact(test: TestApp, holding: Holding): Promise<void> {
  test.clock.set(holding.issuedAt);
  const { verifyCertificate } = await test.client.ok<{
    verifyCertificate: { status: string };
  }>(VERIFY, { code: holding.code });
  expect(verifyCertificate.status).toBe('VALID');

  const jwks = await (await fetch(`${test.url}/.well-known/jwks.json`)).json();
  const credentialJwt = await (await fetch(`${test.url}/credentials/${holding.code}`)).text();
  const statusListJwt = await (await fetch(`${test.url}/credentials/status/0`)).text();
  const offline = await verifyOffline({
    credentialJwt,
    jwks: jwks as never,
    statusListJwt,
    now: test.clock.now(),
  });
  expect(offline.verdict).toBe('VALID');

  const { login } = await test.client.ok<{ login: { accessToken: string } }>(LOGIN, {
    input: { email: holding.email, password: holding.password },
  });
  const learner: GraphQLClient = test.client.as(login.accessToken);
  const { enrollment } = await learner.ok<{
    enrollment: {
      status: string;
      progressReport: { lessons: { creditedSeconds: number; completed: boolean }[] };
      certificate: { code: string };
    };
  }>(ENROLLMENT, { id: holding.enrollmentId });
  expect(enrollment.status).toBe('COMPLETED');
  expect(enrollment.progressReport.lessons).toEqual([
    expect.objectContaining({ creditedSeconds: 60, completed: true }),
  ]);
  expect(enrollment.certificate.code).toBe(holding.code);
}

/**
 * Backups as docs/operations.md tells an operator to take them, restored into an empty place,
 * and the platform's promises checked on the copy.
 */
describe('backup and restore', () => {
  it('the embedded data folder: stopped, archived, unpacked elsewhere, started', async () => {
    const root = await mkdtemp(join(tmpdir(), 'fascicle-backup-'));
    try {
      const original = join(root, 'data');
      const env = { FASCICLE_DATA_DIR: original };
      const first = await startTestApp(env, { database: 'config' });
      const holding = await populate(first);
      await first.close();

      const archive = join(root, 'backup.tar.gz');
      await run('tar', ['-czf', archive, '-C', original, '.']);
      const restored = join(root, 'restored');
      await mkdir(restored);
      await run('tar', ['-xzf', archive, '-C', restored]);

      const second = await startTestApp({ FASCICLE_DATA_DIR: restored }, { database: 'config' });
      try {
        await expectIntact(second, holding);
      } finally {
        await second.close();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);

  // pg_dump needs the server; the embedded suite reports this as skipped.
  const onServer = process.env['TEST_DATABASE_URL'] ? it : it.skip;
  onServer(
    'the PostgreSQL server: pg_dump, then pg_restore into an empty database',
    async () => {
      const source: TestDatabase = await freshDatabase();
      const serverUrl = process.env['TEST_DATABASE_URL']!;
      const emptyName = `fascicle_restore_${uniqueSuffix()}`;
      const root = await mkdtemp(join(tmpdir(), 'fascicle-dump-'));
      try {
        if (source.target.kind !== 'server') throw new Error('expected a server database');
        const first = await startTestApp({}, { database: source.target });
        const holding = await populate(first);
        await first.close();

        const dump = join(root, 'fascicle.dump');
        await run('pg_dump', ['--format=custom', `--file=${dump}`, source.target.url]);
        await admin(serverUrl, `CREATE DATABASE "${emptyName}"`);
        const emptyUrl = withDatabase(serverUrl, emptyName);
        await run('pg_restore', ['--no-owner', `--dbname=${emptyUrl}`, dump]);

        const second = await startTestApp(
          {},
          { database: { kind: 'server', url: emptyUrl, poolSize: 2 } },
        );
        try {
          await expectIntact(second, holding);
        } finally {
          await second.close();
        }
      } finally {
        await source.dispose();
        await admin(serverUrl, `DROP DATABASE IF EXISTS "${emptyName}" WITH (FORCE)`);
        await rm(root, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
