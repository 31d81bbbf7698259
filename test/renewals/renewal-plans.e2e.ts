import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { CredentialKind } from '@fascicle/catalog';
import { CertificateIssuer } from '../../apps/api/src/credentials/certificate-issuer.js';
import { CertificateKind } from '../../apps/api/src/credentials/certificate-kind.js';
import { CertificatePdfs } from '../../apps/api/src/credentials/certificate-pdfs.js';
import { CertificateEntity } from '../../apps/api/src/credentials/entities/certificate.entity.js';
import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import { asInstructor, draftCourse, publish } from '../support/catalog.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { pdfTextBoxes } from '../support/learning.js';
import { countQueries } from '../support/query-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PLAN = /* GraphQL */ `
  query Plan($licenseId: ID!) {
    myRenewalPlan(licenseId: $licenseId) {
      state
      windowStart
      dueOn
      daysLeft
      requiredHours
      earnedHours
      countedHours
      liveHours
      selfPacedHours
      stillNeededHours
      complete
      limits
      checkWithBoard
      credits {
        id
        source
        title
        completedOn
        hours
        countedHours
        topics
      }
      topics {
        label
        requiredHours
        earnedHours
        met
      }
      sources {
        citation
        url
        checkedOn
      }
    }
  }
`;
const MY_LICENSES = /* GraphQL */ `
  query Mine {
    me {
      licenses {
        id
        state
        renewalPlan {
          dueOn
          earnedHours
        }
      }
    }
  }
`;
const OUTSIDE = /* GraphQL */ `
  query Outside {
    myOutsideCe(first: 20) {
      edges {
        node {
          id
          title
          fileType
          fileName
          hours
          topics
        }
      }
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation Remove($id: ID!) {
    removeOutsideCe(id: $id)
  }
`;
const DELETE_ACCOUNT = /* GraphQL */ `
  mutation Delete($input: DeleteAccountInput!) {
    deleteMyAccount(input: $input)
  }
`;
const RUN_REMINDERS = /* GraphQL */ `
  mutation Run {
    runRenewalReminders
  }
`;
const CREATE_PROGRAM = /* GraphQL */ `
  mutation Program($input: CreateCredentialProgramInput!) {
    createCredentialProgram(input: $input) {
      id
    }
  }
`;

interface Plan {
  state: string;
  windowStart: string | null;
  dueOn: string | null;
  daysLeft: number | null;
  requiredHours: number | null;
  earnedHours: number;
  countedHours: number;
  liveHours: number;
  selfPacedHours: number;
  stillNeededHours: number | null;
  complete: boolean | null;
  limits: string[];
  checkWithBoard: string[];
  credits: {
    id: string;
    source: string;
    title: string;
    completedOn: string;
    hours: number;
    countedHours: number;
  }[];
  topics: { label: string; requiredHours: number | null; earnedHours: number; met: boolean }[];
  sources: { citation: string; url: string; checkedOn: string }[];
}

const TODAY = new Date('2026-12-04T12:00:00Z');

describe('renewal planner', () => {
  let test: TestApp;
  let db: DataSource;
  let programId: string;
  const inbox: OutgoingMail[] = [];

  beforeAll(async () => {
    test = await startTestApp({}, { mailSink: (mail) => void inbox.push(mail) });
    test.clock.set(TODAY);
    db = test.app.get(DataSource);
    const author = test.client.as((await asInstructor(test)).accessToken);
    const admin = test.client.as((await asAdmin(test)).accessToken);
    const course = await draftCourse(author, { modules: 1, lessons: 1 });
    await publish(author, admin, course.versionId);
    ({
      createCredentialProgram: { id: programId },
    } = await admin.ok<{
      createCredentialProgram: { id: string };
    }>(CREATE_PROGRAM, {
      input: {
        slug: 'renewal-test-program',
        title: 'Renewal test program',
        description: 'A program to hold test certificates.',
        validityMonths: 24,
        courseIds: [course.courseId],
      },
    }));
  });

  afterAll(() => test.close());

  afterEach(() => test.clock.set(TODAY));

  /** A Florida PT whose license renews on `expiresOn`. */
  async function floridaPt(
    expiresOn: string,
  ): Promise<{ session: Session; client: GraphQLClient; licenseId: string }> {
    const session = await registerLearner(test, { licenseState: 'FL', licenseNumber: 'PT12345' });
    await db.query(`UPDATE licenses SET expires_on = $2 WHERE user_id = $1`, [
      session.userId,
      expiresOn,
    ]);
    const [{ id: licenseId }] = (await db.query(`SELECT id FROM licenses WHERE user_id = $1`, [
      session.userId,
    ])) as { id: string }[];
    return { session, client: test.client.as(session.accessToken), licenseId };
  }

  /** A certificate completed on `day` (the test clock), through the real issuer. */
  async function certificate(
    userId: string,
    day: string,
    minutes: { credit: number; live: number },
  ) {
    test.clock.set(new Date(`${day}T12:00:00Z`));
    try {
      return await db.transaction((manager) =>
        test.app.get(CertificateIssuer).issue(manager, {
          kind: CertificateKind.PROGRAM,
          userId,
          enrollmentId: null,
          programId,
          title: `Course finished ${day}`,
          slug: 'renewal-test-program',
          version: 1,
          creditMinutes: minutes.credit,
          liveMinutes: minutes.live,
          credentialKind: minutes.live > 0 ? CredentialKind.HYBRID : CredentialKind.DIDACTIC,
          scopeStatement: 'Test coursework.',
          disclosure: null,
          validityMonths: 24,
          approvals: [],
        }),
      );
    } finally {
      test.clock.set(TODAY);
    }
  }

  function upload(
    token: string | null,
    fields: Record<string, string>,
    file: { bytes: Uint8Array | string; name: string; type: string } | null,
  ) {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    if (file) {
      const bytes = typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes);
      form.append('file', new Blob([bytes], { type: file.type }), file.name);
    }
    return fetch(`${test.url}/renewals/outside-ce`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
  }

  const record = (over: Record<string, string> = {}) => ({
    provider: 'State PT Association',
    title: 'Ethics and the practice act',
    completedOn: '2026-09-01',
    hours: '3',
    selfPaced: 'false',
    topics: 'ETHICS,JURISPRUDENCE',
    ...over,
  });

  const png = () =>
    sharp({ create: { width: 60, height: 40, channels: 3, background: '#c33' } })
      .png()
      .toBuffer();

  async function pdf(pages: number): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    for (let i = 0; i < pages; i += 1)
      doc.addPage([300, 200]).drawText(`page ${i + 1}`, { x: 20, y: 100 });
    return doc.save();
  }

  async function stored(userId: string): Promise<number> {
    const [{ count }] = (await db.query(
      `SELECT count(*)::int AS count FROM outside_ce_records WHERE user_id = $1`,
      [userId],
    )) as { count: number }[];
    return count;
  }

  it('refuses outside CE whose file is not a PDF, PNG or JPEG by its content, storing nothing', async () => {
    const { session } = await floridaPt('2027-03-31');
    const fakes = [
      {
        bytes: 'I am plain text, not a certificate',
        name: 'certificate.pdf',
        type: 'application/pdf',
      },
      // A Windows program's header: "MZ", then padding.
      {
        bytes: new Uint8Array([
          0x4d,
          0x5a,
          0x90,
          0,
          3,
          0,
          0,
          0,
          4,
          0,
          0,
          0,
          0xff,
          0xff,
          0,
          0,
          ...new Array(64).fill(0),
        ]),
        name: 'certificate.pdf',
        type: 'application/pdf',
      },
    ];
    for (const file of fakes) {
      const response = await upload(session.accessToken, record(), file);
      const body = (await response.json()) as {
        error: { code: string; field: string; message: string };
      };
      expect({ status: response.status, error: body.error }).toMatchObject({
        status: 400,
        error: {
          code: 'BAD_USER_INPUT',
          field: 'file',
          message: expect.stringMatching(/not a PDF, PNG or JPEG/),
        },
      });
    }
    const missing = await upload(session.accessToken, record(), null);
    expect(missing.status).toBe(400);
    expect(await stored(session.userId)).toBe(0);
    const data = await test.client
      .as(session.accessToken)
      .ok<{ myOutsideCe: { edges: unknown[] } }>(OUTSIDE);
    expect(data.myOutsideCe.edges).toEqual([]);

    // A PNG named .pdf is a PNG: the content decides, not the name.
    const accepted = await upload(session.accessToken, record(), {
      bytes: await png(),
      name: 'scan.pdf',
      type: 'application/pdf',
    });
    const body = (await accepted.json()) as { fileType: string; fileName: string };
    expect({ status: accepted.status, ...body }).toMatchObject({
      status: 201,
      fileType: 'image/png',
      fileName: 'scan.png',
    });
    expect(await stored(session.userId)).toBe(1);
  });

  it('refuses a bad field by name and stores nothing', async () => {
    const { session } = await floridaPt('2027-03-31');
    const response = await upload(
      session.accessToken,
      record({ topics: 'KNITTING', hours: 'lots' }),
      {
        bytes: await png(),
        name: 'scan.png',
        type: 'image/png',
      },
    );
    const body = (await response.json()) as {
      error: { code: string; problems: { field: string }[] };
    };
    expect(response.status).toBe(400);
    expect([...new Set(body.error.problems.map((p) => p.field))].sort()).toEqual([
      'hours',
      'topics',
    ]);
    expect(await stored(session.userId)).toBe(0);
  });

  it('counts a certificate and an outside record in the cycle, not one before it', async () => {
    const { session, client, licenseId } = await floridaPt('2027-03-31');
    const before = await certificate(session.userId, '2025-03-15', { credit: 120, live: 0 });
    const inside = await certificate(session.userId, '2026-06-01', { credit: 180, live: 60 });
    const response = await upload(session.accessToken, record(), {
      bytes: await pdf(1),
      name: 'ethics.pdf',
      type: 'application/pdf',
    });
    const outside = (await response.json()) as { id: string };
    expect(response.status).toBe(201);

    const { myRenewalPlan: plan } = await client.ok<{ myRenewalPlan: Plan }>(PLAN, { licenseId });
    expect(plan).toMatchObject({
      state: 'FL',
      windowStart: '2025-04-01',
      dueOn: '2027-03-31',
      daysLeft: 117,
      requiredHours: 24,
    });
    expect(plan.credits.map((c) => [c.source, c.id])).toEqual([
      ['FASCICLE', inside.id],
      ['OUTSIDE', outside.id],
    ]);
    expect(plan.credits.map((c) => c.id)).not.toContain(before.id);
    expect(plan.earnedHours).toBe(inside.ceHours + 3);
    expect(plan.stillNeededHours).toBe(24 - plan.countedHours);
    expect(plan.complete).toBe(false);
    expect(plan.sources[0]).toMatchObject({
      checkedOn: '2026-12-04',
      url: expect.stringMatching(/^https?:\/\//),
    });

    const { me } = await client.ok<{
      me: { licenses: { id: string; renewalPlan: { earnedHours: number } | null }[] };
    }>(MY_LICENSES);
    expect(me.licenses.find((l) => l.id === licenseId)?.renewalPlan?.earnedHours).toBe(
      plan.earnedHours,
    );
  });

  it("applies Florida's cap of 12 self-paced hours", async () => {
    const { session, client, licenseId } = await floridaPt('2027-03-31');
    const first = await certificate(session.userId, '2026-01-10', { credit: 600, live: 0 });
    const second = await certificate(session.userId, '2026-02-10', { credit: 600, live: 0 });
    const { myRenewalPlan: plan } = await client.ok<{ myRenewalPlan: Plan }>(PLAN, { licenseId });
    expect(plan.selfPacedHours).toBe(first.ceHours + second.ceHours);
    expect(plan.selfPacedHours).toBeGreaterThan(12);
    expect(plan.countedHours).toBe(12);
    expect(plan.limits.join(' ')).toMatch(/Only 12 self-paced hours count/);
    expect(plan.stillNeededHours).toBe(12);
  });

  it('sends the renewal reminder once per threshold, however often the job runs', async () => {
    const { session } = await floridaPt('2027-02-20');
    const quiet = await floridaPt('2027-02-20');
    await db.query(`UPDATE users SET credential_reminders = false WHERE id = $1`, [
      quiet.session.userId,
    ]);
    const admin = test.client.as((await asAdmin(test)).accessToken);
    const renewalMails = () =>
      inbox.filter((mail) => mail.subject.includes('renews on 2027-02-20'));
    const mailsTo = (email: string) => renewalMails().filter((mail) => mail.to === email);

    const first = await admin.ok<{ runRenewalReminders: number }>(RUN_REMINDERS);
    const again = await admin.ok<{ runRenewalReminders: number }>(RUN_REMINDERS);
    expect(first.runRenewalReminders).toBeGreaterThanOrEqual(2);
    expect(again.runRenewalReminders).toBe(0);
    expect(mailsTo(session.email)).toHaveLength(1);
    expect(mailsTo(session.email)[0]!.subject).toMatch(/78 days/);
    // Turned off: claimed (so it is not replayed later) but not sent.
    expect(mailsTo(quiet.session.email)).toHaveLength(0);

    test.clock.set(new Date('2027-01-01T12:00:00Z'));
    // A month on, the first sign-in has expired: the admin signs in again.
    const later = test.client.as((await asAdmin(test)).accessToken);
    await later.ok(RUN_REMINDERS);
    await later.ok(RUN_REMINDERS);
    expect(mailsTo(session.email)).toHaveLength(2);
    const claims = (await db.query(
      `SELECT days_before FROM renewal_reminders r JOIN licenses l ON l.id = r.license_id
        WHERE l.user_id = $1 ORDER BY days_before DESC`,
      [session.userId],
    )) as { days_before: number }[];
    expect(claims.map((c) => c.days_before)).toEqual([90, 60]);
  });

  it('builds the audit pack: the transcript, then every certificate and outside file', async () => {
    const { session, licenseId } = await floridaPt('2027-03-31');
    const issued = await certificate(session.userId, '2026-03-01', { credit: 120, live: 0 });
    await certificate(session.userId, '2025-01-01', { credit: 120, live: 0 });
    expect(
      (
        await upload(session.accessToken, record(), {
          bytes: await pdf(2),
          name: 'two.pdf',
          type: 'application/pdf',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await upload(session.accessToken, record({ completedOn: '2026-10-01' }), {
          bytes: await png(),
          name: 'scan.png',
          type: 'image/png',
        })
      ).status,
    ).toBe(201);

    const response = await fetch(`${test.url}/renewals/licenses/${licenseId}/audit-pack.pdf`, {
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const transcript = (await pdfTextBoxes(bytes.slice())).map((box) => box.text).join(' ');
    expect(transcript).toContain(`Course finished 2026-03-01`);
    expect(transcript).not.toContain(`Course finished 2025-01-01`);
    expect(transcript).toContain('Ethics and the practice act - State PT Association; 3 h');
    expect(transcript).toContain('Fla. Admin. Code R. 64B17-9.001');
    const pack = await PDFDocument.load(bytes);
    const entity = await db.manager.findOneByOrFail(CertificateEntity, { id: issued.id });
    const certificatePages = (
      await PDFDocument.load(await test.app.get(CertificatePdfs).render(entity))
    ).getPageCount();
    // One transcript page, the certificate in the cycle (not the one before), two PDF pages, one image page.
    expect(pack.getPageCount()).toBe(1 + certificatePages + 2 + 1);
  });

  it("reads the plans of all of a person's licenses in the same number of queries as one", async () => {
    const one = await floridaPt('2027-03-31');
    const three = await floridaPt('2027-03-31');
    for (const pt of [one, three])
      await certificate(pt.session.userId, '2026-05-01', { credit: 120, live: 0 });
    for (const [state, expiresOn] of [
      ['TX', '2027-06-30'],
      ['GA', '2027-12-31'],
    ]) {
      await db.query(
        `INSERT INTO licenses (user_id, state, profession, number, expires_on)
         VALUES ($1, $2, 'PHYSICAL_THERAPIST', 'PT-77', $3)`,
        [three.session.userId, state, expiresOn],
      );
    }
    const plans = async (client: GraphQLClient) =>
      countQueries(db, () =>
        client.ok<{ me: { licenses: { renewalPlan: { earnedHours: number } | null }[] } }>(
          MY_LICENSES,
        ),
      );
    const single = await plans(one.client);
    const several = await plans(three.client);
    expect(single.result.me.licenses).toHaveLength(1);
    expect(several.result.me.licenses).toHaveLength(3);
    expect(several.result.me.licenses.every((l) => l.renewalPlan !== null)).toBe(true);
    expect(several.queries.length).toBe(single.queries.length);
  });

  it('gives the records and their files back in the data export, and erases them with the account', async () => {
    const { session, client } = await floridaPt('2027-03-31');
    const bytes = await png();
    expect(
      (await upload(session.accessToken, record(), { bytes, name: 'scan.png', type: 'image/png' }))
        .status,
    ).toBe(201);
    const response = await fetch(`${test.url}/me/data.zip`, {
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const data = JSON.parse(strFromU8(files['fascicle-data.json']!)) as {
      outsideContinuingEducation: { title: string; file: string }[];
    };
    expect(data.outsideContinuingEducation).toEqual([
      expect.objectContaining({
        title: 'Ethics and the practice act',
        file: expect.stringMatching(/^outside-ce\/.+scan\.png$/),
      }),
    ]);
    expect(Buffer.from(files[data.outsideContinuingEducation[0]!.file]!)).toEqual(bytes);

    await client.ok(DELETE_ACCOUNT, { input: { password: session.password } });
    expect(await stored(session.userId)).toBe(0);
  });

  it('lets no one else read the plan, the files or the pack, nor remove a record', async () => {
    const owner = await floridaPt('2027-03-31');
    const response = await upload(owner.session.accessToken, record(), {
      bytes: await png(),
      name: 'scan.png',
      type: 'image/png',
    });
    const { id } = (await response.json()) as { id: string };
    const otherToken = (await registerLearner(test)).accessToken;
    const other = test.client.as(otherToken);

    expect((await other.error(PLAN, { licenseId: owner.licenseId })).extensions?.['code']).toBe(
      'NOT_FOUND',
    );
    expect((await other.error(REMOVE, { id })).extensions?.['code']).toBe('NOT_FOUND');
    for (const path of [
      `/renewals/outside-ce/${id}/file`,
      `/renewals/licenses/${owner.licenseId}/audit-pack.pdf`,
    ]) {
      const theirs = await fetch(`${test.url}${path}`, {
        headers: { authorization: `Bearer ${otherToken}` },
      });
      expect(theirs.status).toBe(404);
      const anonymous = await fetch(`${test.url}${path}`);
      expect(anonymous.status).toBe(401);
    }
    const own = await fetch(`${test.url}/renewals/outside-ce/${id}/file`, {
      headers: { authorization: `Bearer ${owner.session.accessToken}` },
    });
    expect({ status: own.status, type: own.headers.get('content-type') }).toEqual({
      status: 200,
      type: 'image/png',
    });
    expect(await stored(owner.session.userId)).toBe(1);
    await owner.client.ok(REMOVE, { id });
    expect(await stored(owner.session.userId)).toBe(0);
  });
});
