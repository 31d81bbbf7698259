import { DataSource } from 'typeorm';
import { CredentialReminders } from '../../apps/api/src/organizations/credential-reminders.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import { asInstructor, draftCourse, publish } from '../support/catalog.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { REVOKE } from '../support/learning.js';
import { countQueries } from '../support/query-counter.js';
import { startSmtpReceiver } from '../support/smtp.js';
import { issueProgramCredential } from '../support/credentials.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_ORG = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`;
const REQUIRE = /* GraphQL */ `
  mutation Require($input: AddRequiredCredentialInput!) {
    addRequiredCredential(input: $input) {
      id
      label
    }
  }
`;
const CREATE_PROGRAM = /* GraphQL */ `
  mutation Program($input: CreateCredentialProgramInput!) {
    createCredentialProgram(input: $input) {
      id
    }
  }
`;
const REPORT = /* GraphQL */ `
  query Report(
    $id: ID!
    $first: Int!
    $after: String
    $status: ComplianceStatus
    $sort: ComplianceSort
  ) {
    organization(id: $id) {
      complianceReport(first: $first, after: $after, status: $status, sort: $sort) {
        generatedAt
        csvUrl
        requirements {
          id
          label
        }
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
                label
                status
                certificateCode
                expiresOn
                revokedOn
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
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
            credentials: { status: string; certificateCode: string | null }[];
          };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  };
}

describe('compliance at a glance, reminders before credentials lapse', () => {
  let test: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  let clinicAdmin: Session;
  let adminClient: GraphQLClient;
  let platformAdmin: GraphQLClient;
  let clinicId: string;
  let programId: string;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    test = await startTestApp({ SMTP_URL: smtp.url });
    const author = test.client.as((await asInstructor(test)).accessToken);
    platformAdmin = test.client.as((await asAdmin(test)).accessToken);
    const course = await draftCourse(author, { modules: 1, lessons: 1 });
    await publish(author, platformAdmin, course.versionId);
    programId = (
      await platformAdmin.ok<{ createCredentialProgram: { id: string } }>(CREATE_PROGRAM, {
        input: {
          slug: 'dry-needling-level-1',
          title: 'Dry Needling - Level 1 (didactic)',
          description: 'Didactic; hands-on training still required.',
          validityMonths: 24,
          courseIds: [course.courseId],
        },
      })
    ).createCredentialProgram.id;
    clinicAdmin = await registerLearner(test, { displayName: 'Casey Clinic-Admin' });
    adminClient = test.client.as(clinicAdmin.accessToken);
    clinicId = (
      await adminClient.ok<{ createOrganization: { id: string } }>(CREATE_ORG, {
        input: { name: 'Cascade Physical Therapy' },
      })
    ).createOrganization.id;
    await adminClient.ok(REQUIRE, {
      input: { organizationId: clinicId, label: 'Dry Needling - Level 1', programId },
    });
  }, 60_000);
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  /** A staff member, joined straight into the clinic (the invitation flow has its own test). */
  async function staff(
    name: string,
    expiresInDays: number | null,
    revoked = false,
  ): Promise<Session> {
    const person = await registerLearner(test, { displayName: name });
    const dataSource = test.app.get(DataSource);
    await dataSource.query(
      `INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
       VALUES ($1, $2, 'STAFF', 'ACTIVE', now())`,
      [clinicId, person.userId],
    );
    if (expiresInDays === null) return person;
    // Issued 24 months before the expiry we want, on the test clock.
    const now = test.clock.now();
    const issuedOn = new Date(
      Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth(), now.getUTCDate() + expiresInDays),
    );
    test.clock.set(issuedOn);
    try {
      const certificate = await issueProgramCredential(test, person.userId, programId);
      test.clock.set(now);
      if (revoked) {
        await platformAdmin.ok(REVOKE, {
          input: { code: certificate.code, reason: 'Test revocation' },
        });
      }
    } finally {
      test.clock.set(now);
    }
    return person;
  }

  it('reports every member with VALID, EXPIRING (60 and 30), EXPIRED, REVOKED or MISSING, with totals', async () => {
    // The clinic's creator is an admin, not required to hold the credential until they say so.
    await staff('Ava Valid', 300);
    await staff('Ben Sixty', 50);
    await staff('Cleo Thirty', 20);
    await staff('Dev Expired', -10);
    await staff('Eli Revoked', 300, true);
    await staff('=HYPERLINK("http://evil.example","Fay")', null);
    const { organization } = await adminClient.ok<Report>(REPORT, { id: clinicId, first: 50 });
    const byName = new Map(
      organization.complianceReport.members.edges.map((e) => [
        e.node.displayName,
        e.node.credentials[0]!.status,
      ]),
    );
    expect(Object.fromEntries(byName)).toMatchObject({
      'Ava Valid': 'VALID',
      'Ben Sixty': 'EXPIRING_60',
      'Cleo Thirty': 'EXPIRING_30',
      'Dev Expired': 'EXPIRED',
      'Eli Revoked': 'REVOKED',
      '=HYPERLINK("http://evil.example","Fay")': 'MISSING',
      'Casey Clinic-Admin': 'NOT_REQUIRED',
    });
    const totals = Object.fromEntries(
      organization.complianceReport.totals.map((t) => [t.status, t.count]),
    );
    expect(totals).toEqual({
      VALID: 1,
      EXPIRING_60: 1,
      EXPIRING_30: 1,
      EXPIRED: 1,
      REVOKED: 1,
      MISSING: 1,
    });
  });

  it('filters, sorts worst first, and pages with cursors', async () => {
    const missing = await adminClient.ok<Report>(REPORT, {
      id: clinicId,
      first: 50,
      status: 'MISSING',
    });
    expect(missing.organization.complianceReport.members.edges).toHaveLength(1);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Report = await adminClient.ok<Report>(REPORT, {
        id: clinicId,
        first: 2,
        after,
        sort: 'WORST_STATUS',
      });
      seen.push(...page.organization.complianceReport.members.edges.map((e) => e.node.worstStatus));
      after = page.organization.complianceReport.members.pageInfo.hasNextPage
        ? page.organization.complianceReport.members.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual([
      'MISSING',
      'REVOKED',
      'EXPIRED',
      'EXPIRING_30',
      'EXPIRING_60',
      'VALID',
      'NOT_REQUIRED',
    ]);
  });

  it('gives the next expiry still ahead, never one already past', async () => {
    const { organization } = await adminClient.ok<{
      organization: {
        complianceReport: {
          members: { edges: { node: { displayName: string; nextExpiry: string | null } }[] };
        };
      };
    }>(REPORT, { id: clinicId, first: 50 });
    const next = new Map(
      organization.complianceReport.members.edges.map((e) => [
        e.node.displayName,
        e.node.nextExpiry,
      ]),
    );
    const today = test.clock.now().toISOString().slice(0, 10);
    expect(next.get('Dev Expired')).toBeNull();
    expect(next.get('Ben Sixty')! > today).toBe(true);
  });

  it('exports a CSV that imports as a table: when in its name, who in the audit log', async () => {
    const response = await fetch(`${test.url}/organizations/${clinicId}/compliance.csv`, {
      headers: { authorization: `Bearer ${clinicAdmin.accessToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="compliance-\d{4}-\d{2}-\d{2}T\d{6}Z\.csv"$/,
    );
    const csv = await response.text();
    const [header, ...rows] = csv.split('\r\n').filter((line) => line !== '');
    expect(header).toMatch(/^Member,Email,License,Role,Requirement,Status/);
    // Every line below the header is a member's row: the same number of cells.
    const cells = (line: string) => line.replace(/"([^"]|"")*"/g, '').split(',').length;
    for (const row of rows) expect(cells(row)).toBe(cells(header!));
    expect(csv).not.toContain('Generated');
    const [{ exports }] = (await test.app.get(DataSource).query(
      `SELECT count(*)::int AS exports FROM audit_events
        WHERE action = 'COMPLIANCE_EXPORTED' AND subject_id = $1 AND actor_id = $2`,
      [clinicId, clinicAdmin.userId],
    )) as { exports: number }[];
    expect(exports).toBe(1);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Fay"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('keeps the report to the clinic: other admins get NOT_FOUND, staff FORBIDDEN', async () => {
    const rival = test.client.as((await registerLearner(test)).accessToken);
    await rival.ok(CREATE_ORG, { input: { name: 'Rival' } });
    expect((await rival.error(REPORT, { id: clinicId, first: 5 })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    const rivalCsv = await fetch(`${test.url}/organizations/${clinicId}/compliance.csv`, {
      headers: { authorization: `Bearer ${(await registerLearner(test)).accessToken}` },
    });
    expect(rivalCsv.status).toBe(404);
    const member = test.client.as((await staff('Gus Staff', 300)).accessToken);
    expect((await member.error(REPORT, { id: clinicId, first: 5 })).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('sends each reminder once per threshold, even when the job runs twice at once', async () => {
    const reminders = test.app.get(CredentialReminders);
    const before = smtp.mails.length;
    const [first, second] = await Promise.all([reminders.run(), reminders.run()]);
    // Ben (50 days: the 60-day reminder) and Cleo (20 days: the 30-day one).
    expect(first + second).toBe(2);
    const mails = smtp.mails.slice(before);
    expect(mails).toHaveLength(4);
    expect(mails.filter((m) => m.to[0] === clinicAdmin.email.toLowerCase())).toHaveLength(2);
    expect(await reminders.run()).toBe(0);
    // 13 days on, Cleo (now 7 days left) crosses 7; 21 days on, Ben (29 left) crosses 30.
    test.clock.advance(13 * 86_400_000);
    try {
      expect(await reminders.run()).toBe(1);
      test.clock.advance(8 * 86_400_000);
      expect(await reminders.run()).toBe(1);
      expect(await reminders.run()).toBe(0);
    } finally {
      test.clock.advance(-21 * 86_400_000);
    }
  });

  it('costs as many queries for 2,000 members as for 20', async () => {
    const dataSource = test.app.get(DataSource);
    const measure = async () =>
      countQueries(dataSource, () => adminClient.ok<Report>(REPORT, { id: clinicId, first: 20 }));
    const addMembers = (from: number, to: number) =>
      dataSource.query(
        `WITH people AS (
           INSERT INTO users (email, password_hash, display_name, profession, roles)
           SELECT 'bulk-' || n || '@example.com', 'x', 'Bulk Member ' || lpad(n::text, 4, '0'),
                  'PHYSICAL_THERAPIST', '{LEARNER}'
             FROM generate_series($2::int, $3::int) n RETURNING id)
         INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
         SELECT $1, id, 'STAFF', 'ACTIVE', now() FROM people`,
        [clinicId, from, to],
      );
    const [{ members }] = (await dataSource.query(
      `SELECT count(*)::int AS members FROM memberships WHERE organization_id = $1 AND status = 'ACTIVE'`,
      [clinicId],
    )) as [{ members: number }];
    await addMembers(1, 20 - members);
    await measure(); // the first run of a statement may plan or load what later runs reuse
    const small = await measure();
    await addMembers(21 - members, 2000 - members);
    const started = performance.now();
    const large = await measure();
    const ms = Math.round(performance.now() - started);
    expect(large.queries.length).toBe(small.queries.length);
    const total = large.result.organization.complianceReport.totals.reduce(
      (sum, t) => sum + t.count,
      0,
    );
    expect(large.result.organization.complianceReport.members.edges).toHaveLength(20);
    // Every member but the clinic's admin, who is not required to hold it.
    expect(total).toBe(1999);
    process.stdout.write(
      `\n[compliance] report for 2,000 members (20 on the page): ${large.queries.length} SQL statements, ${ms} ms\n`,
    );
  }, 60_000);
});
