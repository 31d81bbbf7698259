import { DataSource } from 'typeorm';
import { verifyOffline } from '@fascicle/credentials';
import { quizCourse, type QuizCourse } from '../support/assessment.js';
import { asInstructor, publish, UPDATE_LESSON } from '../support/catalog.js';
import { issueProgramCredential } from '../support/credentials.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { finishOneLessonCourse, REVOKE } from '../support/learning.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const MINE = /* GraphQL */ `
  query Mine {
    myCertificates {
      code
      kind
      holderName
      licenseNumber
      licenseState
      completedOn
      expiresOn
      ceHours
      reissuable
    }
  }
`;
const ME = /* GraphQL */ `
  query Me {
    me {
      licenses {
        id
        number
      }
    }
  }
`;
const SAVE_LICENSE = /* GraphQL */ `
  mutation Save($input: SaveLicenseInput!) {
    saveLicense(input: $input) {
      licenseNumber
    }
  }
`;
const UPDATE_PROFILE = /* GraphQL */ `
  mutation Profile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      displayName
    }
  }
`;
const REISSUE = /* GraphQL */ `
  mutation Reissue($code: String!) {
    reissueCertificate(code: $code) {
      code
      holderName
      licenseNumber
      licenseState
      completedOn
      expiresOn
      ceHours
      reissuable
    }
  }
`;
const VERIFY = /* GraphQL */ `
  query Verify($code: String!) {
    verifyCertificate(code: $code) {
      status
      licenseNumber
      supersededByCode
      supersededByUrl
    }
  }
`;

interface Held {
  code: string;
  kind: string;
  holderName: string;
  licenseNumber: string | null;
  licenseState: string | null;
  completedOn: string;
  expiresOn: string | null;
  ceHours: number;
  reissuable: boolean;
}

/**
 * A certificate keeps the name and license it printed; when the holder corrects their
 * profile they may have it reissued. The new certificate is the completion's current one;
 * the old code verifies as SUPERSEDED and names it.
 */
describe('reissuing a certificate after a profile correction', () => {
  let test: TestApp;
  let author: GraphQLClient;
  let admin: GraphQLClient;
  let course: QuizCourse;

  beforeAll(async () => {
    test = await startTestApp();
    author = test.client.as((await asInstructor(test)).accessToken);
    admin = test.client.as((await asAdmin(test)).accessToken);
    course = await quizCourse(author, admin, {
      bankSize: 3,
      quiz: { passingScorePercent: 60 },
      publish: false,
    });
    await author.ok(UPDATE_LESSON, {
      input: { lessonId: course.lessonIds[0], seatTimeMinutes: 1 },
    });
    await publish(author, admin, course.versionId);
  }, 120_000);
  afterAll(() => test.close());

  /** A new learner who completed the course: their client and their certificate. */
  async function holder(): Promise<{ session: Session; learner: GraphQLClient; cert: Held }> {
    const session = await registerLearner(test, { licenseNumber: 'PT-10001', licenseState: 'CO' });
    const learner = test.client.as(session.accessToken);
    await finishOneLessonCourse(test, learner, course);
    const [cert] = await mine(learner);
    return { session, learner, cert: cert! };
  }

  const mine = async (learner: GraphQLClient) =>
    (await learner.ok<{ myCertificates: Held[] }>(MINE)).myCertificates;

  async function correctLicense(learner: GraphQLClient, number: string) {
    const { me } = await learner.ok<{ me: { licenses: { id: string }[] } }>(ME);
    await learner.ok(SAVE_LICENSE, {
      input: { id: me.licenses[0]!.id, state: 'CO', profession: 'PHYSICAL_THERAPIST', number },
    });
  }

  it('prints the corrected license on a new certificate; the old code names it', async () => {
    const { learner, cert } = await holder();
    expect(cert).toMatchObject({ licenseNumber: 'PT-10001', reissuable: false });

    await correctLicense(learner, 'PT-10010');
    expect((await mine(learner))[0]).toMatchObject({ code: cert.code, reissuable: true });

    const { reissueCertificate: reissued } = await learner.ok<{ reissueCertificate: Held }>(
      REISSUE,
      { code: cert.code },
    );
    // What it certifies is the same; only the holder's details are new.
    expect(reissued).toMatchObject({
      licenseNumber: 'PT-10010',
      licenseState: 'CO',
      holderName: cert.holderName,
      completedOn: cert.completedOn,
      expiresOn: cert.expiresOn,
      ceHours: cert.ceHours,
      reissuable: false,
    });
    expect(reissued.code).not.toBe(cert.code);
    expect((await mine(learner)).map((held) => held.code)).toEqual([reissued.code]);

    const old = await test.client.ok<{ verifyCertificate: Record<string, unknown> }>(VERIFY, {
      code: cert.code,
    });
    expect(old.verifyCertificate).toMatchObject({
      status: 'SUPERSEDED',
      licenseNumber: 'PT-10001',
      supersededByCode: reissued.code,
    });
    expect(old.verifyCertificate['supersededByUrl']).toMatch(
      new RegExp(`/verify/${reissued.code.replace(/[$*~=]/g, '\\$&')}$`),
    );
    const current = await test.client.ok<{ verifyCertificate: Record<string, unknown> }>(VERIFY, {
      code: reissued.code,
    });
    expect(current.verifyCertificate).toMatchObject({
      status: 'VALID',
      licenseNumber: 'PT-10010',
      supersededByCode: null,
    });
  });

  it('refuses a reissue that would print the same, one of a superseded code, and a revoked one', async () => {
    const { learner, cert } = await holder();
    const same = await learner.error(REISSUE, { code: cert.code });
    expect(same.extensions).toMatchObject({ code: 'CONFLICT', reason: 'UP_TO_DATE' });

    await learner.ok(UPDATE_PROFILE, {
      input: { displayName: 'Pat Therapist-Lee, PT', profession: 'PHYSICAL_THERAPIST' },
    });
    const { reissueCertificate: reissued } = await learner.ok<{ reissueCertificate: Held }>(
      REISSUE,
      { code: cert.code },
    );
    expect(reissued.holderName).toBe('Pat Therapist-Lee, PT');
    const again = await learner.error(REISSUE, { code: cert.code });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SUPERSEDED' });
    expect(again.message).toContain(reissued.code);
    const revokeOld = await admin.error(REVOKE, { input: { code: cert.code, reason: 'test' } });
    expect(revokeOld.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SUPERSEDED' });

    await admin.ok(REVOKE, { input: { code: reissued.code, reason: 'Completion in error' } });
    await correctLicense(learner, 'PT-10020');
    const revoked = await learner.error(REISSUE, { code: reissued.code });
    expect(revoked.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REVOKED' });
    // Revocation shows through the old code's pointer too.
    const old = await test.client.ok<{ verifyCertificate: { supersededByCode: string } }>(VERIFY, {
      code: cert.code,
    });
    expect(old.verifyCertificate.supersededByCode).toBe(reissued.code);
  });

  it("refuses someone else's certificate and changes nothing", async () => {
    const { cert } = await holder();
    const other = test.client.as((await registerLearner(test)).accessToken);
    const refused = await other.error(REISSUE, { code: cert.code });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const unknown = await other.error(REISSUE, { code: 'not-a-code' });
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
    const rows = (await test.app
      .get(DataSource)
      .query(`SELECT superseded_at FROM certificates WHERE code = $1`, [cert.code])) as {
      superseded_at: Date | null;
    }[];
    expect(rows).toEqual([{ superseded_at: null }]);
  });

  it('reissues a program credential: the same completion and expiry, one current credential', async () => {
    const session = await registerLearner(test, { licenseNumber: 'PT-20001', licenseState: 'CO' });
    const learner = test.client.as(session.accessToken);
    const [{ id: programId }] = (await test.app.get(DataSource).query(
      `INSERT INTO credential_programs (slug, title, description, validity_months)
       VALUES ('reissue-program', 'Reissue Program', 'For this test.', 24) RETURNING id`,
    )) as { id: string }[];
    const program = await issueProgramCredential(test, session.userId, programId!);
    await correctLicense(learner, 'PT-20002');
    const { reissueCertificate: reissued } = await learner.ok<{ reissueCertificate: Held }>(
      REISSUE,
      { code: program.code },
    );
    expect(reissued).toMatchObject({
      licenseNumber: 'PT-20002',
      completedOn: program.completedOn,
      expiresOn: program.expiresOn,
    });
    const held = await mine(learner);
    expect(held.map((cert) => [cert.kind, cert.code])).toEqual([['PROGRAM', reissued.code]]);
  });

  it('withdraws the old credential in the status list, so an offline check refuses it', async () => {
    const { learner, cert } = await holder();
    const jwks = await (await fetch(`${test.url}/.well-known/jwks.json`)).json();
    const offline = async (code: string) =>
      (
        await verifyOffline({
          credentialJwt: await (await fetch(`${test.url}/credentials/${code}`)).text(),
          jwks: jwks as never,
          statusListJwt: await (await fetch(`${test.url}/credentials/status/0`)).text(),
          now: test.clock.now(),
        })
      ).verdict;
    expect(await offline(cert.code)).toBe('VALID');
    await correctLicense(learner, 'PT-10030');
    const { reissueCertificate: reissued } = await learner.ok<{ reissueCertificate: Held }>(
      REISSUE,
      { code: cert.code },
    );
    expect(await offline(cert.code)).toBe('REVOKED');
    expect(await offline(reissued.code)).toBe('VALID');
  });
});
