import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options.js';
import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import { CredentialReminders } from '../../apps/api/src/organizations/credential-reminders.js';
import { issueProgramCredential, reminderMails } from '../support/credentials.js';
import { freshDatabase, type TestDatabase } from '../support/database.js';
import { asAdmin, registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      viewerMembershipId
    }
  }
`;
const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
    }
  }
`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($token: String!) {
    acceptInvitation(token: $token) {
      viewerMembershipId
    }
  }
`;
const MEMBERS = /* GraphQL */ `
  query Members($organizationId: ID!) {
    organizationMembers(organizationId: $organizationId) {
      id
      email
      role
      requiredToHold
    }
  }
`;
const SET = /* GraphQL */ `
  mutation Set($input: SetMemberRequirementInput!) {
    setMemberRequirement(input: $input) {
      id
      email
      requiredToHold
    }
  }
`;
const END = /* GraphQL */ `
  mutation End($membershipId: ID!) {
    endMembership(membershipId: $membershipId)
  }
`;
const REQUIRE = /* GraphQL */ `
  mutation Require($input: AddRequiredCredentialInput!) {
    addRequiredCredential(input: $input) {
      id
    }
  }
`;
const REPORT = /* GraphQL */ `
  query Report($id: ID!, $status: ComplianceStatus) {
    organization(id: $id) {
      complianceReport(first: 50, status: $status, sort: WORST_STATUS) {
        totals {
          status
          count
        }
        members {
          edges {
            node {
              email
              worstStatus
              credentials {
                status
                certificateCode
              }
            }
          }
        }
      }
    }
  }
`;
const MINE = /* GraphQL */ `
  query Mine($organizationId: ID!) {
    myRequiredCredentials(organizationId: $organizationId) {
      status
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query Audit($subjectId: ID!) {
    auditEvents(subjectId: $subjectId) {
      action
      actorId
      details
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
            email: string;
            worstStatus: string;
            credentials: { status: string; certificateCode: string | null }[];
          };
        }[];
      };
    };
  };
}
interface Member {
  id: string;
  email: string;
  role: string;
  requiredToHold: boolean;
}

describe('clinics choose which members must hold their required credentials', () => {
  let test: TestApp;
  const inbox: OutgoingMail[] = [];
  let owner: Session;
  let ownerClient: GraphQLClient;
  let platformAdmin: Session;
  let clinicId: string;
  let ownerMembershipId: string;
  let programId: string;
  let staff: Session;
  let staffClient: GraphQLClient;
  let coAdmin: Session;

  async function join(email: string, role: string): Promise<Session> {
    await ownerClient.ok(INVITE, { input: { organizationId: clinicId, email, role } });
    const token = /token=([A-Za-z0-9_-]+)/.exec(inbox.at(-1)!.text)![1]!;
    const person = await registerLearner(test, { email, displayName: email.split('@')[0] });
    await test.client.as(person.accessToken).ok(ACCEPT, { token });
    return person;
  }

  async function members(): Promise<Member[]> {
    return (
      await ownerClient.ok<{ organizationMembers: Member[] }>(MEMBERS, { organizationId: clinicId })
    ).organizationMembers;
  }

  const membershipOf = async (email: string) =>
    (await members()).find((member) => member.email === email)!.id;

  async function report(status?: string) {
    const { organization } = await ownerClient.ok<Report>(REPORT, { id: clinicId, status });
    return {
      totals: Object.fromEntries(
        organization.complianceReport.totals.map((total) => [total.status, total.count]),
      ),
      members: organization.complianceReport.members.edges.map(({ node }) => node),
    };
  }

  beforeAll(async () => {
    test = await startTestApp({}, { mailSink: (mail) => void inbox.push(mail) });
    platformAdmin = await asAdmin(test);
    [{ programId }] = (await test.app.get(DataSource).query(
      `INSERT INTO credential_programs (slug, title, description, validity_months)
       VALUES ('needling', 'Dry Needling', 'Didactic.', 24) RETURNING id AS "programId"`,
    )) as [{ programId: string }];
    owner = await registerLearner(test, { displayName: 'Olive Owner' });
    ownerClient = test.client.as(owner.accessToken);
    ({ id: clinicId, viewerMembershipId: ownerMembershipId } = (
      await ownerClient.ok<{ createOrganization: { id: string; viewerMembershipId: string } }>(
        CREATE,
        { input: { name: 'Cascade Physical Therapy' } },
      )
    ).createOrganization);
    await ownerClient.ok(REQUIRE, {
      input: { organizationId: clinicId, label: 'Dry Needling - Level 1', programId },
    });
    staff = await join('sam.staff@example.com', 'STAFF');
    staffClient = test.client.as(staff.accessToken);
    coAdmin = await join('ada.admin@example.com', 'ORG_ADMIN');
  }, 60_000);
  afterAll(async () => {
    await test.close();
  });

  it("starts the clinic's creator and invited admins as not required, invited staff as required", async () => {
    expect(
      Object.fromEntries((await members()).map((m) => [m.email, [m.role, m.requiredToHold]])),
    ).toEqual({
      [owner.email]: ['ORG_ADMIN', false],
      'sam.staff@example.com': ['STAFF', true],
      'ada.admin@example.com': ['ORG_ADMIN', false],
    });
  });

  it('lists members not required as NOT_REQUIRED, and counts only those required', async () => {
    const { totals, members: rows } = await report();
    expect(totals).toEqual({
      VALID: 0,
      EXPIRING_60: 0,
      EXPIRING_30: 0,
      EXPIRED: 0,
      REVOKED: 0,
      MISSING: 1,
    });
    expect(rows.map((row) => [row.email, row.worstStatus, row.credentials[0]!.status])).toEqual([
      ['sam.staff@example.com', 'MISSING', 'MISSING'],
      ['ada.admin@example.com', 'NOT_REQUIRED', 'NOT_REQUIRED'],
      [owner.email, 'NOT_REQUIRED', 'NOT_REQUIRED'],
    ]);
    expect((await report('MISSING')).members.map((row) => row.email)).toEqual([
      'sam.staff@example.com',
    ]);
    expect(
      (await report('NOT_REQUIRED')).members
        .map((row) => row.email)
        .sort((a, b) => a.localeCompare(b)),
    ).toEqual(['ada.admin@example.com', owner.email].sort((a, b) => a.localeCompare(b)));
    // A member not required is told so where they look for what the clinic asks of them.
    const mine = await test.client
      .as(coAdmin.accessToken)
      .ok<{ myRequiredCredentials: { status: string }[] }>(MINE, { organizationId: clinicId });
    expect(mine.myRequiredCredentials).toEqual([{ status: 'NOT_REQUIRED' }]);
  });

  it('lists them in the CSV marked NOT_REQUIRED', async () => {
    const response = await fetch(`${test.url}/organizations/${clinicId}/compliance.csv`, {
      headers: { authorization: `Bearer ${owner.accessToken}` },
    });
    const lines = (await response.text()).split('\r\n');
    expect(lines.find((line) => line.includes('ada.admin@example.com'))).toContain(
      'ORG_ADMIN,Dry Needling - Level 1,NOT_REQUIRED',
    );
    expect(lines.find((line) => line.includes('sam.staff@example.com'))).toContain(',MISSING');
  });

  it('lets the clinic admin require an admin who practises: counted from then on, audited', async () => {
    const set = await ownerClient.ok<{ setMemberRequirement: Member }>(SET, {
      input: { membershipId: ownerMembershipId, requiredToHold: true },
    });
    expect(set.setMemberRequirement).toEqual({
      id: ownerMembershipId,
      email: owner.email,
      requiredToHold: true,
    });
    const { totals, members: rows } = await report();
    expect(totals['MISSING']).toBe(2);
    expect(rows.find((row) => row.email === owner.email)!.worstStatus).toBe('MISSING');

    const { auditEvents } = await test.client.as(platformAdmin.accessToken).ok<{
      auditEvents: { action: string; actorId: string; details: string }[];
    }>(AUDIT, { subjectId: clinicId });
    const changed = auditEvents.find((event) => event.action === 'MEMBER_REQUIREMENT_CHANGED')!;
    expect({ ...changed, details: JSON.parse(changed.details) as unknown }).toEqual({
      action: 'MEMBER_REQUIREMENT_CHANGED',
      actorId: owner.userId,
      details: {
        membershipId: ownerMembershipId,
        userId: owner.userId,
        from: false,
        to: true,
      },
    });
  });

  it('lets a platform admin set it too', async () => {
    const membershipId = await membershipOf('sam.staff@example.com');
    const set = await test.client
      .as(platformAdmin.accessToken)
      .ok<{ setMemberRequirement: Member }>(SET, {
        input: { membershipId, requiredToHold: false },
      });
    expect(set.setMemberRequirement.requiredToHold).toBe(false);
    await ownerClient.ok(SET, { input: { membershipId, requiredToHold: true } });
    expect((await members()).find((m) => m.id === membershipId)!.requiredToHold).toBe(true);
  });

  it("refuses other clinics' admins, outsiders and staff, and ended memberships", async () => {
    const membershipId = await membershipOf('sam.staff@example.com');
    const input = { membershipId, requiredToHold: false };
    const rival = test.client.as((await registerLearner(test)).accessToken);
    await rival.ok(CREATE, { input: { name: 'Rival Clinic' } });
    const learner = test.client.as((await registerLearner(test)).accessToken);
    for (const outsider of [rival, learner]) {
      expect((await outsider.error(SET, { input })).extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'membershipId',
      });
    }
    // Staff of the clinic, even about their own membership.
    const staffMembershipId = membershipId;
    expect(
      (await staffClient.error(SET, { input: { ...input, membershipId: staffMembershipId } }))
        .extensions,
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ORG_ADMIN' });
    expect(
      (
        await ownerClient.error(SET, {
          input: { membershipId: 'not-an-id', requiredToHold: false },
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'membershipId' });
    expect((await members()).find((m) => m.id === membershipId)!.requiredToHold).toBe(true);

    const adaMembershipId = await membershipOf('ada.admin@example.com');
    await ownerClient.ok(END, { membershipId: adaMembershipId });
    expect(
      (
        await ownerClient.error(SET, {
          input: { membershipId: adaMembershipId, requiredToHold: true },
        })
      ).extensions,
    ).toMatchObject({ code: 'CONFLICT', reason: 'MEMBERSHIP_ENDED', field: 'membershipId' });
  });

  it('reminds neither a member not required nor the admins of a clinic that does not require it', async () => {
    const holder = await registerLearner(test, { displayName: 'Hal Holder' });
    const dataSource = test.app.get(DataSource);
    // In this clinic, not required; in another, required there of nobody (it requires nothing).
    const other = await registerLearner(test);
    const otherClinic = (
      await test.client
        .as(other.accessToken)
        .ok<{ createOrganization: { id: string } }>(CREATE, { input: { name: 'Other Clinic' } })
    ).createOrganization.id;
    await dataSource.query(
      `INSERT INTO memberships (organization_id, user_id, role, status, joined_at, required_to_hold)
       VALUES ($1, $3, 'STAFF', 'ACTIVE', now(), false), ($2, $3, 'STAFF', 'ACTIVE', now(), true)`,
      [clinicId, otherClinic, holder.userId],
    );
    // Expiring in 20 days: the 30-day reminder is due.
    const now = test.clock.now();
    test.clock.set(
      new Date(Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth(), now.getUTCDate() + 20)),
    );
    try {
      await issueProgramCredential(test, holder.userId, programId);
    } finally {
      test.clock.set(now);
    }
    const reminders = test.app.get(CredentialReminders);
    const before = inbox.length;
    expect(await reminders.run()).toBe(0);
    expect(reminderMails(inbox.slice(before))).toEqual([]);

    await ownerClient.ok(SET, {
      input: { membershipId: await membershipOf(holder.email), requiredToHold: true },
    });
    expect(await reminders.run()).toBe(1);
    const sent = reminderMails(inbox.slice(before)).map((mail) => mail.to);
    expect(sent.sort()).toEqual([holder.email, owner.email].sort());
  });
});

describe('the migration that lets clinics choose who must hold their credentials', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await freshDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.target)).initialize();
  }, 120_000);
  afterAll(async () => {
    await dataSource.destroy();
    await database.dispose();
  });

  it('leaves existing admins not required and everyone else required', async () => {
    const applied = async () =>
      ((await dataSource.query(`SELECT name FROM migrations`)) as { name: string }[]).map(
        (row) => row.name,
      );
    while ((await applied()).includes('MembersRequiredToHold1765152000000')) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    await dataSource.query(
      `WITH people AS (
         INSERT INTO users (email, password_hash, display_name, profession)
         VALUES ('admin@example.com', 'x', 'An Admin', 'PHYSICAL_THERAPIST'),
                ('staff@example.com', 'x', 'A Staff', 'PHYSICAL_THERAPIST'),
                ('left@example.com', 'x', 'Left Admin', 'PHYSICAL_THERAPIST')
         RETURNING id, email),
       clinic AS (
         INSERT INTO organizations (name, created_by)
         SELECT 'Clinic', id FROM people WHERE email = 'admin@example.com' RETURNING id)
       INSERT INTO memberships (organization_id, user_id, role, status, joined_at)
       SELECT clinic.id, people.id,
              CASE WHEN people.email = 'staff@example.com' THEN 'STAFF' ELSE 'ORG_ADMIN' END,
              CASE WHEN people.email = 'left@example.com' THEN 'LEFT' ELSE 'ACTIVE' END, now()
         FROM clinic, people`,
    );
    await dataSource.runMigrations({ transaction: 'each' });
    expect(
      await dataSource.query(
        `SELECT u.email, m.required_to_hold AS "required"
           FROM memberships m JOIN users u ON u.id = m.user_id ORDER BY u.email`,
      ),
    ).toEqual([
      { email: 'admin@example.com', required: false },
      { email: 'left@example.com', required: false },
      { email: 'staff@example.com', required: true },
    ]);
  });
});
