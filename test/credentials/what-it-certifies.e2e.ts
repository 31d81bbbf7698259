import { createLocalJWKSet, jwtVerify } from 'jose';
import { DataSource } from 'typeorm';
import type { AchievementCredential } from '@fascicle/credentials';
import { quizCourse, type QuizCourse } from '../support/assessment.js';
import { asInstructor, publish, UPDATE_LESSON, UPDATE_VERSION } from '../support/catalog.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { finishOneLessonCourse, pdfText, pdfTextBoxes } from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SCOPE =
  'Didactic coursework only: reading, quizzes and examinations. It includes no supervised hands-on training and does not by itself authorise anyone to perform dry needling.';
const PROGRAM_SCOPE =
  'Coursework in two courses; it is not a needling qualification and does not by itself authorise anyone to perform dry needling.';
const DISCLOSURE = {
  contributors: [
    {
      name: 'Ada Author',
      credentials: 'PT, DPT',
      role: 'Author',
      relationships: [{ company: 'Needle Co', nature: 'consulting fees' }],
      mitigation: 'Content reviewed by an independent peer before release.',
    },
  ],
  commercialSupport: [],
};

const MINE = /* GraphQL */ `
  query Mine {
    myCertificates {
      code
      kind
      title
      ceHours
      creditMinutes
      onlineMinutes
      liveMinutes
      credentialKind
      scopeStatement
      credentialJwt
      pdfUrl
      approvals {
        body
        approvalNumber
        isSample
        minutesPerHour
        increment
        hours
        hoursText
      }
      disclosure {
        contributors {
          name
          credentials
          role
          relationships {
            company
            nature
          }
          mitigation
        }
        commercialSupport {
          company
        }
      }
    }
  }
`;
const VERIFY = /* GraphQL */ `
  query Verify($code: String!) {
    verifyCertificate(code: $code) {
      status
      ceHours
      creditMinutes
      onlineMinutes
      liveMinutes
      credentialKind
      scopeStatement
      approvals {
        body
        approvalNumber
        isSample
        minutesPerHour
        increment
        hours
        hoursText
      }
    }
  }
`;
const RECORD_APPROVAL = /* GraphQL */ `
  mutation Approve($input: RecordCourseApprovalInput!) {
    recordCourseApproval(input: $input) {
      id
    }
  }
`;
const CREATE_PROGRAM = /* GraphQL */ `
  mutation Program($input: CreateCredentialProgramInput!) {
    createCredentialProgram(input: $input) {
      id
      slug
      credentialKind
      scopeStatement
    }
  }
`;
const PROGRAMS = /* GraphQL */ `
  query Programs {
    credentialPrograms {
      slug
      credentialKind
      scopeStatement
    }
  }
`;

interface Approval {
  body: string;
  approvalNumber: string;
  isSample: boolean;
  minutesPerHour: number;
  increment: number;
  hours: number;
  hoursText: string;
}
interface Certificate {
  code: string;
  kind: 'COURSE' | 'PROGRAM';
  title: string;
  ceHours: number;
  creditMinutes: number;
  onlineMinutes: number;
  liveMinutes: number;
  credentialKind: string;
  scopeStatement: string;
  credentialJwt: string;
  pdfUrl: string;
  approvals: Approval[];
  disclosure: typeof DISCLOSURE | null;
}

const FOUNDATIONS_APPROVAL = {
  body: 'Sample State Board of Physical Therapy',
  approvalNumber: 'SAMPLE-FND-001',
  isSample: true,
  minutesPerHour: 50,
  increment: 0.25,
  // 95 minutes in 50-minute hours, rounded down to the quarter.
  hours: 1.75,
  hoursText: '1.75 contact hours of 50 minutes',
};
const IACET_APPROVAL = {
  body: 'Sample IACET Provider',
  approvalNumber: 'SAMPLE-IACET-9',
  isSample: true,
  minutesPerHour: 60,
  increment: 0.1,
  hours: 1.5,
  hoursText: '1.5 contact hours of 60 minutes',
};

describe('certificates that say what they certify', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let admin: GraphQLClient;
  let foundations: QuizCourse;
  let safety: QuizCourse;
  let holder: Session;
  let learner: GraphQLClient;
  let certificate: Certificate;

  /** A published course: one lesson of one minute and a three-question quiz. */
  async function course(fields: Record<string, unknown>): Promise<QuizCourse> {
    const made = await quizCourse(author, admin, {
      bankSize: 3,
      quiz: { passingScorePercent: 60 },
      publish: false,
    });
    await author.ok(UPDATE_LESSON, { input: { lessonId: made.lessonIds[0], seatTimeMinutes: 1 } });
    await author.ok(UPDATE_VERSION, { input: { versionId: made.versionId, ...fields } });
    await publish(author, admin, made.versionId);
    return made;
  }

  const finish = (target: QuizCourse) => finishOneLessonCourse(test, learner, target);

  const mine = async () =>
    (await learner.ok<{ myCertificates: Certificate[] }>(MINE)).myCertificates;

  async function signedCredential(jwt: string): Promise<AchievementCredential> {
    const jwks = await (await fetch(`${test.url}/.well-known/jwks.json`)).json();
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks as never), {
      algorithms: ['EdDSA'],
    });
    return payload as unknown as AchievementCredential;
  }

  async function pdfOf(code: string): Promise<string> {
    const response = await fetch(`${test.url}/certificates/${code}.pdf`, {
      headers: { authorization: `Bearer ${holder.accessToken}` },
    });
    expect(response.status).toBe(200);
    // Lines wrap on the page; the reader joins them with spaces.
    return (await pdfText(new Uint8Array(await response.arrayBuffer()))).replace(/\s+/g, ' ');
  }

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    foundations = await course({
      creditMinutes: 95,
      credentialKind: 'DIDACTIC',
      scopeStatement: SCOPE,
      disclosure: DISCLOSURE,
    });
    for (const approval of [FOUNDATIONS_APPROVAL, IACET_APPROVAL]) {
      await admin.ok(RECORD_APPROVAL, {
        input: {
          courseId: foundations.courseId,
          body: approval.body,
          approvalNumber: approval.approvalNumber,
          validFrom: '2020-01-01',
          isSample: true,
          minutesPerHour: approval.minutesPerHour,
          increment: approval.increment,
        },
      });
    }
    safety = await course({ creditMinutes: 75 });
    holder = await registerLearner(test, { displayName: 'Pat Jones, PT' });
    learner = test.client.as(holder.accessToken);
  }, 120_000);
  afterAll(() => test.close());

  it('keeps the kind and scope on the program, with defaults when left out', async () => {
    const { createCredentialProgram } = await admin.ok<{
      createCredentialProgram: { credentialKind: string; scopeStatement: string };
    }>(CREATE_PROGRAM, {
      input: {
        slug: 'needling-coursework-test',
        title: 'Trigger Point Dry Needling — Didactic Coursework',
        description: 'Two courses of coursework.',
        credentialKind: 'DIDACTIC',
        scopeStatement: `  ${PROGRAM_SCOPE}  `,
        validityMonths: 24,
        courseIds: [foundations.courseId, safety.courseId],
      },
    });
    expect(createCredentialProgram).toMatchObject({
      credentialKind: 'DIDACTIC',
      scopeStatement: PROGRAM_SCOPE,
    });
    // A program of one course of its own, so it issues nothing for the courses above.
    const alone = await course({ creditMinutes: 30 });
    await admin.ok(CREATE_PROGRAM, {
      input: {
        slug: 'defaults-test',
        title: 'Defaults',
        description: 'Kind and scope left out.',
        validityMonths: 12,
        courseIds: [alone.courseId],
      },
    });
    const { credentialPrograms } = await admin.ok<{
      credentialPrograms: { slug: string; credentialKind: string; scopeStatement: string }[];
    }>(PROGRAMS);
    expect(credentialPrograms.find((p) => p.slug === 'defaults-test')).toEqual({
      slug: 'defaults-test',
      credentialKind: 'DIDACTIC',
      scopeStatement: '',
    });

    const tooLong = await admin.error(CREATE_PROGRAM, {
      input: {
        slug: 'too-long-test',
        title: 'Too long',
        description: 'x',
        scopeStatement: 'x'.repeat(1001),
        validityMonths: 12,
        courseIds: [alone.courseId],
      },
    });
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopeStatement' });
  });

  it('issues a course certificate with its kind, scope, minutes, split, units and disclosure', async () => {
    await finish(foundations);
    const certificates = await mine();
    expect(certificates).toHaveLength(1);
    certificate = certificates[0]!;
    expect(certificate).toMatchObject({
      kind: 'COURSE',
      ceHours: 1.5,
      creditMinutes: 95,
      onlineMinutes: 95,
      liveMinutes: 0,
      credentialKind: 'DIDACTIC',
      scopeStatement: SCOPE,
      disclosure: DISCLOSURE,
    });
    expect(certificate.approvals).toEqual([FOUNDATIONS_APPROVAL, IACET_APPROVAL]);
  });

  it('answers a verifier with the kind, the scope and the split, and no disclosure', async () => {
    const expected = {
      status: 'VALID',
      ceHours: 1.5,
      creditMinutes: 95,
      onlineMinutes: 95,
      liveMinutes: 0,
      credentialKind: 'DIDACTIC',
      scopeStatement: SCOPE,
      approvals: [FOUNDATIONS_APPROVAL, IACET_APPROVAL],
    };
    const { verifyCertificate } = await test.client.ok<{ verifyCertificate: unknown }>(VERIFY, {
      code: certificate.code,
    });
    expect(verifyCertificate).toEqual(expected);

    const rest = await fetch(`${test.url}/verify/${certificate.code}`);
    expect(rest.status).toBe(200);
    const json = (await rest.json()) as Record<string, unknown>;
    expect(json).toMatchObject(expected);
    expect(json).not.toHaveProperty('disclosure');
    expect(JSON.stringify(json)).not.toContain('Needle Co');

    const { verifyCertificate: missing } = await test.client.ok<{
      verifyCertificate: Record<string, unknown>;
    }>(VERIFY, { code: '0000-0000-0000-00' });
    expect(missing).toMatchObject({
      status: 'NOT_FOUND',
      credentialKind: null,
      scopeStatement: null,
      creditMinutes: null,
      approvals: [],
    });
  });

  it('prints the kind, the scope, the split and each approval’s hours with its number', async () => {
    const text = await pdfOf(certificate.code);
    for (const expected of [
      'Certificate of completion',
      'Didactic coursework',
      SCOPE,
      'Self-paced online: 95 min · Live or in-person: 0 min',
      'Sample State Board of Physical Therapy, approval SAMPLE-FND-001: 1.75 contact hours of 50 minutes',
      'Sample IACET Provider, approval SAMPLE-IACET-9: 1.5 contact hours of 60 minutes',
      '1.50',
    ]) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
  });

  it('keeps every line of text clear of the facts column and the QR code', async () => {
    const response = await fetch(`${test.url}/certificates/${certificate.code}.pdf`, {
      headers: { authorization: `Bearer ${holder.accessToken}` },
    });
    const boxes = await pdfTextBoxes(new Uint8Array(await response.arrayBuffer()));
    // certificate-pdf.ts: the text column is x 60-560; the facts, the QR code (x 598-728,
    // y 64-194) and the verify link start at x 598.
    const overlaps = boxes.filter(
      (box) =>
        (box.x < 598 && box.x + box.width > 570) ||
        (box.x + box.width > 598 && box.y < 194 && box.y + box.height > 64),
    );
    expect(overlaps).toEqual([]);
  });

  it('signs a credential that says the kind, the scope and the unit of its hours', async () => {
    const credential = await signedCredential(certificate.credentialJwt);
    const { achievement } = credential.credentialSubject;
    expect(achievement.achievementType).toBe('Course');
    expect(achievement.creditsAvailable).toBe(1.5);
    for (const text of [achievement.description, achievement.criteria.narrative]) {
      expect(text).toContain('Didactic coursework');
      expect(text).toContain(SCOPE);
    }
    expect(achievement.description).toContain(
      '1.75 contact hours of 50 minutes (Sample State Board of Physical Therapy, SAMPLE-FND-001, a sample record); 1.5 contact hours of 60 minutes (Sample IACET Provider, SAMPLE-IACET-9, a sample record), 95 minutes of instruction: 95 self-paced online, 0 live or in-person.',
    );
    expect(achievement.description).toContain('counts contact hours of 60 minutes');
    expect(credential.fascicle).toMatchObject({
      ceHours: 1.5,
      creditMinutes: 95,
      onlineMinutes: 95,
      liveMinutes: 0,
      credentialKind: 'DIDACTIC',
      scopeStatement: SCOPE,
      approvals: [FOUNDATIONS_APPROVAL, IACET_APPROVAL].map(({ hoursText: _, ...a }) => a),
    });
  });

  it('issues the program credential with the sum of its courses’ minutes', async () => {
    await finish(safety);
    const certificates = await mine();
    const courses = certificates.filter((c) => c.kind === 'COURSE');
    expect(courses.map((c) => c.creditMinutes).sort()).toEqual([75, 95]);
    const program = certificates.find((c) => c.kind === 'PROGRAM')!;
    expect(program).toMatchObject({
      title: 'Trigger Point Dry Needling — Didactic Coursework',
      creditMinutes: 95 + 75,
      onlineMinutes: 95 + 75,
      liveMinutes: 0,
      // 170 minutes in 60-minute hours, rounded down to the quarter.
      ceHours: 2.75,
      credentialKind: 'DIDACTIC',
      scopeStatement: PROGRAM_SCOPE,
      approvals: [],
      disclosure: null,
    });

    const credential = await signedCredential(program.credentialJwt);
    const { achievement } = credential.credentialSubject;
    expect(achievement.achievementType).toBe('CertificateOfCompletion');
    expect(achievement.description).toContain(PROGRAM_SCOPE);
    expect(achievement.description).toContain(
      '170 minutes of instruction: 170 self-paced online, 0 live or in-person',
    );
    expect(credential.fascicle).toMatchObject({ creditMinutes: 170, onlineMinutes: 170 });

    const text = await pdfOf(program.code);
    for (const expected of [
      'Program certificate of completion',
      'Trigger Point Dry Needling — Didactic Coursework',
      PROGRAM_SCOPE,
      'Self-paced online: 170 min · Live or in-person: 0 min',
      '2.75 contact hours of 60 minutes',
    ]) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
  });

  it('reads a certificate issued before approvals had units in 60-minute quarter hours', async () => {
    await test.app
      .get(DataSource)
      .query(`UPDATE certificates SET approvals = $2::jsonb WHERE code = $1`, [
        certificate.code,
        JSON.stringify([{ body: 'Old Board', approvalNumber: 'OLD-1', isSample: false }]),
      ]);
    const expected = {
      body: 'Old Board',
      approvalNumber: 'OLD-1',
      isSample: false,
      minutesPerHour: 60,
      increment: 0.25,
      hours: 1.5,
      hoursText: '1.5 contact hours of 60 minutes',
    };
    const old = (await mine()).find((c) => c.code === certificate.code)!;
    expect(old.approvals).toEqual([expected]);
    const { verifyCertificate } = await test.client.ok<{
      verifyCertificate: { approvals: Approval[] };
    }>(VERIFY, { code: certificate.code });
    expect(verifyCertificate.approvals).toEqual([expected]);
  });
});
