import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { DataSource } from 'typeorm';
import { statusAt, verifyOffline } from '@fascicle/credentials';
import { verifyCredentialFile } from '../../apps/api/src/cli/verify-credential.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import { asInstructor, publish, UPDATE_LESSON, UPDATE_VERSION } from '../support/catalog.js';
import {
  answerAll,
  ENROLL,
  quizCourse,
  startAttempt,
  SUBMIT_ATTEMPT,
  type QuizCourse,
} from '../support/assessment.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import {
  COMPLETE_LESSON,
  ENROLLMENT,
  EVALUATE,
  evaluationInput,
  MY_CERTIFICATES,
  pdfText,
  RECORD,
  REVOKE,
  VERIFY,
  type CertificateView,
} from '../support/learning.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RECORD_APPROVAL = /* GraphQL */ `
  mutation Approve($input: RecordCourseApprovalInput!) {
    recordCourseApproval(input: $input) {
      id
    }
  }
`;

describe('from enrollment to a certificate anyone can verify', () => {
  let test: TestApp;
  let admin: GraphQLClient;
  let course: QuizCourse;
  let pat: Session;
  let learner: GraphQLClient;
  let enrollmentId: string;
  let certificate: CertificateView;

  beforeAll(async () => {
    test = await startTestApp({ VERIFY_RATE_LIMIT_PER_MINUTE: '40' });
    const author = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    course = await quizCourse(author, admin, {
      bankSize: 3,
      quiz: { passingScorePercent: 60, reviewTiming: 'AFTER_EACH_ATTEMPT' },
      publish: false,
    });
    await author.ok(UPDATE_LESSON, {
      input: { lessonId: course.lessonIds[0], seatTimeMinutes: 2 },
    });
    await author.ok(UPDATE_VERSION, {
      input: { versionId: course.versionId, certificateValidityMonths: 24, creditMinutes: 30 },
    });
    await publish(author, admin, course.versionId);
    await admin.ok(RECORD_APPROVAL, {
      input: {
        courseId: course.courseId,
        body: 'Sample State Board of Physical Therapy',
        approvalNumber: 'SAMPLE-PT-2026-001',
        validFrom: '2020-01-01',
        isSample: true,
      },
    });
    pat = await registerLearner(test, {
      displayName: 'Pat Jones, PT',
      licenseNumber: 'PT-778899',
      licenseState: 'OR',
    });
    learner = test.client.as(pat.accessToken);
  }, 60_000);
  afterAll(() => test.close());

  it('enrols the learner in the published version', async () => {
    const { enroll } = await learner.ok<{
      enroll: { id: string; status: string; versionId: string };
    }>(ENROLL, {
      courseId: course.courseId,
    });
    expect(enroll).toMatchObject({ status: 'ACTIVE', versionId: course.versionId });
    enrollmentId = enroll.id;
    const again = await learner.ok<{ enroll: { id: string } }>(ENROLL, {
      courseId: course.courseId,
    });
    expect(again.enroll.id).toBe(enrollmentId);
  });

  it('refuses a report from someone not enrolled, and starts no clock for them', async () => {
    const outsider = await registerLearner(test);
    const refused = await test.client
      .as(outsider.accessToken)
      .error(RECORD, { lessonId: course.lessonIds[0] });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ENROLLED' });
    const clocks = (await test.app
      .get(DataSource)
      .query(`SELECT 1 FROM learner_activity WHERE user_id = $1`, [outsider.userId])) as unknown[];
    expect(clocks).toEqual([]);
  });

  it('credits seat time by the server clock, capped per report', async () => {
    const lessonId = course.lessonIds[0];
    const record = async () =>
      (
        await learner.ok<{ recordLessonActivity: { creditedSeconds: number; completed: boolean } }>(
          RECORD,
          { lessonId },
        )
      ).recordLessonActivity;
    expect((await record()).creditedSeconds).toBe(0); // the first report only starts the clock
    test.clock.advance(5 * 60 * 1000);
    expect((await record()).creditedSeconds).toBe(60); // five minutes away earns one report's cap
    const early = await learner.error(COMPLETE_LESSON, { lessonId });
    expect(early.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SEAT_TIME_NOT_MET' });
    test.clock.advance(30_000);
    expect(await record()).toMatchObject({ creditedSeconds: 90, completed: false });
    test.clock.advance(30_000);
    expect(await record()).toMatchObject({ creditedSeconds: 120, completed: true });
    await learner.ok(COMPLETE_LESSON, { lessonId });
    // The most frequent write of the API: every open lesson page reports about once a minute.
    // One statement moves the clock and the progress together; the placement of a published
    // lesson was read once, by the first report.
    const { queries } = await countQueries(test.app.get(DataSource), record);
    expect(queries).toHaveLength(1);
  });

  it('requires the quiz and the evaluation before the certificate', async () => {
    const { enrollment } = await learner.ok<{
      enrollment: {
        status: string;
        progressReport: {
          remaining: string[];
          steps: { kind: string; quizId: string | null; lessonId: string | null }[];
        };
      };
    }>(ENROLLMENT, { id: enrollmentId });
    expect(enrollment.status).toBe('ACTIVE');
    // Named by title, as the learner knows them, never by id.
    expect(enrollment.progressReport.remaining).toEqual([
      expect.stringMatching(/^Pass the quiz “.+”$/),
      'Send the course evaluation',
    ]);
    expect(enrollment.progressReport.remaining.join(' ')).not.toContain(course.quizId);
    expect(enrollment.progressReport.steps).toEqual([
      { kind: 'QUIZ_NOT_PASSED', quizId: course.quizId, lessonId: null },
      { kind: 'EVALUATION_MISSING', quizId: null, lessonId: null },
    ]);
    const attempt = await startAttempt(learner, course);
    await answerAll(learner, attempt, course.key, () => true);
    await learner.ok(SUBMIT_ATTEMPT, { attemptId: attempt.id });
    expect(
      (await learner.ok<{ myCertificates: unknown[] }>(MY_CERTIFICATES)).myCertificates,
    ).toEqual([]);

    const {
      result: { submitCourseEvaluation },
      queries,
    } = await countQueries(test.app.get(DataSource), () =>
      learner.ok<{ submitCourseEvaluation: { code: string; status: string } }>(EVALUATE, {
        input: evaluationInput(enrollmentId),
      }),
    );
    expect(submitCourseEvaluation.status).toBe('VALID');
    // The completion state is read once, before the evaluation is stored, not again after it
    // (it was 36 statements with the second read and the enrollment saved through `save`).
    expect(queries.length).toBeLessThanOrEqual(26);
  });

  it('issues a certificate with what a board asks for, as things were at issue', async () => {
    const { myCertificates } = await learner.ok<{ myCertificates: CertificateView[] }>(
      MY_CERTIFICATES,
    );
    expect(myCertificates).toHaveLength(1);
    certificate = myCertificates[0]!;
    expect(certificate).toMatchObject({
      kind: 'COURSE',
      status: 'VALID',
      holderName: 'Pat Jones, PT',
      licenseNumber: 'PT-778899',
      licenseState: 'OR',
      courseVersion: 1,
      ceHours: 0.5,
      deliveryMethod: 'online',
      approvals: [
        {
          body: 'Sample State Board of Physical Therapy',
          approvalNumber: 'SAMPLE-PT-2026-001',
          isSample: true,
        },
      ],
    });
    expect(certificate.code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{3}$/);
    const completed = new Date(`${certificate.completedOn}T00:00:00Z`);
    expect(certificate.expiresOn).toBe(
      new Date(
        Date.UTC(completed.getUTCFullYear() + 2, completed.getUTCMonth(), completed.getUTCDate()),
      )
        .toISOString()
        .slice(0, 10),
    );
  });

  it('verifies publicly, with only what a verifier needs', async () => {
    const { verifyCertificate } = await test.client.ok<{
      verifyCertificate: Record<string, unknown>;
    }>(VERIFY, {
      code: certificate.code.toLowerCase().replaceAll('-', ' '),
    });
    expect(verifyCertificate).toMatchObject({
      status: 'VALID',
      code: certificate.code,
      holderName: 'Pat Jones, PT',
      licenseNumber: 'PT-778899',
      licenseState: 'OR',
      ceHours: 0.5,
      revokedOn: null,
    });
    expect(JSON.stringify(verifyCertificate)).not.toContain(pat.email);
    const rest = await fetch(`${test.url}/verify/${certificate.code}`);
    expect(rest.status).toBe(200);
    expect(((await rest.json()) as { status: string }).status).toBe('VALID');
  });

  it('refuses a mistyped code by its check character, before any lookup', async () => {
    const last = certificate.code.at(-1)!;
    const typo =
      certificate.code.slice(0, -3) +
      (certificate.code.at(-3) === 'A' ? 'B' : 'A') +
      certificate.code.slice(-2, -1) +
      last;
    const dataSource = test.app.get(DataSource);
    const { result, queries } = await countQueries(dataSource, () =>
      test.client.ok<{ verifyCertificate: { status: string; codeWellFormed: boolean } }>(VERIFY, {
        code: typo,
      }),
    );
    expect(result.verifyCertificate).toMatchObject({ status: 'NOT_FOUND', codeWellFormed: false });
    expect(queries).toEqual([]);
  });

  it('renders a PDF with every field, for the holder and admins only', async () => {
    const response = await fetch(certificate.pdfUrl.replace(/^https?:\/\/[^/]+/, test.url), {
      headers: { authorization: `Bearer ${pat.accessToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await response.arrayBuffer()));
    for (const expected of [
      'Pat Jones, PT',
      'License OR PT-778899',
      certificate.title,
      '0.50',
      certificate.completedOn,
      certificate.expiresOn!,
      'Online',
      certificate.code,
      'SAMPLE-PT-2026-001',
      certificate.provider,
      'Authorised signer',
      'Version 1',
    ]) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
    const sam = await registerLearner(test);
    const other = await fetch(`${test.url}/certificates/${certificate.code}.pdf`, {
      headers: { authorization: `Bearer ${sam.accessToken}` },
    });
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    const anonymous = await fetch(`${test.url}/certificates/${certificate.code}.pdf`);
    expect(anonymous.status).toBe(401);
  });

  it('signs an Open Badges credential that verifies with the published JWKS alone', async () => {
    const jwks = (await (await fetch(`${test.url}/.well-known/jwks.json`)).json()) as {
      keys: { d?: string }[];
    };
    expect(jwks.keys.every((key) => key.d === undefined)).toBe(true);
    const keySet = createLocalJWKSet(jwks as never);
    const { payload, protectedHeader } = await jwtVerify(certificate.credentialJwt, keySet, {
      algorithms: ['EdDSA'],
    });
    expect(protectedHeader.alg).toBe('EdDSA');
    expect(payload['type']).toContain('OpenBadgeCredential');
    expect(JSON.stringify(payload)).toContain(certificate.code);

    // One changed byte in the payload, and the signature no longer holds.
    const [header, body, signature] = certificate.credentialJwt.split('.');
    const decoded = Buffer.from(body!, 'base64url');
    decoded[decoded.indexOf('Pat')] = 'R'.charCodeAt(0);
    const tampered = `${header}.${decoded.toString('base64url')}.${signature}`;
    await expect(jwtVerify(tampered, keySet, { algorithms: ['EdDSA'] })).rejects.toThrow();
  });

  it('revokes: verification, the status list and offline checks show it at once', async () => {
    const jwks = await (await fetch(`${test.url}/.well-known/jwks.json`)).json();
    const credentialJwt = await (await fetch(`${test.url}/credentials/${certificate.code}`)).text();
    const statusUrl = `${test.url}/credentials/status/0`;
    const before = await verifyOffline({
      credentialJwt,
      jwks: jwks as never,
      statusListJwt: await (await fetch(statusUrl)).text(),
      now: test.clock.now(),
    });
    expect(before.verdict).toBe('VALID');

    const refused = await learner.error(REVOKE, {
      input: { code: certificate.code, reason: 'Test' },
    });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const { revokeCertificate } = await admin.ok<{
      revokeCertificate: { status: string; revokedOn: string };
    }>(REVOKE, {
      input: {
        code: certificate.code,
        reason: 'Issued in error: the evaluation was submitted by someone else',
      },
    });
    expect(revokeCertificate.status).toBe('REVOKED');
    const { verifyCertificate } = await test.client.ok<{
      verifyCertificate: Record<string, unknown>;
    }>(VERIFY, {
      code: certificate.code,
    });
    expect(verifyCertificate).toMatchObject({
      status: 'REVOKED',
      revokedOn: revokeCertificate.revokedOn,
    });
    expect(JSON.stringify(verifyCertificate)).not.toMatch(/someone else/);

    const list = await (await fetch(statusUrl)).text();
    const after = await verifyOffline({
      credentialJwt,
      jwks: jwks as never,
      statusListJwt: list,
      now: test.clock.now(),
    });
    expect(after.verdict).toBe('REVOKED');
    const listPayload = JSON.parse(Buffer.from(list.split('.')[1]!, 'base64url').toString()) as {
      credentialSubject: { encodedList: string };
    };
    const claims = JSON.parse(
      Buffer.from(credentialJwt.split('.')[1]!, 'base64url').toString(),
    ) as {
      credentialStatus: { statusListIndex: string };
    };
    expect(
      statusAt(
        listPayload.credentialSubject.encodedList,
        Number(claims.credentialStatus.statusListIndex),
      ),
    ).toBe(true);

    // The CLI a clinic runs offline, on saved files.
    const dir = await mkdtemp(join(tmpdir(), 'fascicle-verify-'));
    try {
      await writeFile(join(dir, 'credential.jwt'), credentialJwt);
      await writeFile(join(dir, 'jwks.json'), JSON.stringify(jwks));
      await writeFile(join(dir, 'status.jwt'), list);
      const printed: string[] = [];
      await verifyCredentialFile(
        join(dir, 'credential.jwt'),
        { jwks: join(dir, 'jwks.json'), status: join(dir, 'status.jwt') },
        (line) => printed.push(line),
      );
      expect(JSON.parse(printed.join('\n'))).toMatchObject({
        verdict: 'REVOKED',
        holder: 'Pat Jones, PT',
      });
      expect(process.exitCode).toBe(2);
    } finally {
      process.exitCode = 0;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
