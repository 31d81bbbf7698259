import { registerLearner, type Session } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startSmtpReceiver } from '../support/smtp.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      viewerRole
    }
  }
`;
const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
    }
  }
`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($token: String!) {
    acceptInvitation(token: $token) {
      id
      viewerRole
    }
  }
`;
const MEMBERS = /* GraphQL */ `
  query Members($organizationId: ID!) {
    organizationMembers(organizationId: $organizationId) {
      id
      userId
      email
      role
      status
    }
  }
`;
const ORGANIZATION = /* GraphQL */ `
  query Org($id: ID!) {
    organization(id: $id) {
      id
      name
      viewerRole
    }
  }
`;
const END = /* GraphQL */ `
  mutation End($membershipId: ID!) {
    endMembership(membershipId: $membershipId)
  }
`;
const CHANGE_ROLE = /* GraphQL */ `
  mutation Role($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      role
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query Audit($subjectId: ID!) {
    auditEvents(subjectId: $subjectId) {
      action
    }
  }
`;

describe('clinics: invitations by email, members, scope', () => {
  let test: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
  let owner: Session;
  let ownerClient: GraphQLClient;
  let clinicId: string;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    test = await startTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://fascicle.example' });
    owner = await registerLearner(test);
    ownerClient = test.client.as(owner.accessToken);
    clinicId = (
      await ownerClient.ok<{ createOrganization: { id: string } }>(CREATE, {
        input: { name: 'Cascade Physical Therapy' },
      })
    ).createOrganization.id;
  });
  afterAll(async () => {
    await test.close();
    await smtp.close();
  });

  /** Invites an email, reads the token out of the delivered message. */
  async function invite(email: string, role = 'STAFF'): Promise<string> {
    const before = smtp.mails.length;
    await ownerClient.ok(INVITE, { input: { organizationId: clinicId, email, role } });
    const mail = smtp.mails[before]!;
    expect(mail.to).toEqual([email.toLowerCase()]);
    expect(mail.subject).toContain('Cascade Physical Therapy');
    return /token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  }

  it('sends a real email whose link lets the invited person join', async () => {
    const token = await invite('Staff.One@example.com');
    expect(smtp.mails.at(-1)!.text).toContain('https://fascicle.example/invitations/accept?token=');
    const staff = await registerLearner(test, { email: 'staff.one@example.com' });
    const joined = await test.client
      .as(staff.accessToken)
      .ok<{ acceptInvitation: { viewerRole: string } }>(ACCEPT, { token });
    expect(joined.acceptInvitation.viewerRole).toBe('STAFF');
    const { organizationMembers } = await ownerClient.ok<{
      organizationMembers: { email: string; role: string }[];
    }>(MEMBERS, { organizationId: clinicId });
    expect(organizationMembers.map((m) => [m.email, m.role]).sort()).toEqual(
      [
        [owner.email, 'ORG_ADMIN'],
        ['staff.one@example.com', 'STAFF'],
      ].sort(),
    );
    const reused = await test.client.as(staff.accessToken).error(ACCEPT, { token });
    expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('refuses an invitation taken up by another account', async () => {
    const token = await invite('someone@example.com');
    const stranger = await registerLearner(test);
    const error = await test.client.as(stranger.accessToken).error(ACCEPT, { token });
    expect(error.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INVITATION_EMAIL_MISMATCH',
    });
  });

  it("keeps every clinic's admin inside their own clinic, whatever id they pass", async () => {
    const rival = await registerLearner(test);
    const rivalClient = test.client.as(rival.accessToken);
    await rivalClient.ok(CREATE, { input: { name: 'Rival Clinic' } });
    for (const [document, variables] of [
      [ORGANIZATION, { id: clinicId }],
      [MEMBERS, { organizationId: clinicId }],
      [INVITE, { input: { organizationId: clinicId, email: 'x@example.com', role: 'STAFF' } }],
    ] as const) {
      const error = await rivalClient.error(document, variables);
      expect({ document: document.slice(0, 30), code: error.extensions?.code }).toEqual({
        document: document.slice(0, 30),
        code: 'NOT_FOUND',
      });
    }
  });

  it('lets staff see their clinic but not its roster, and not invite', async () => {
    const token = await invite('staff.two@example.com');
    const staff = await registerLearner(test, { email: 'staff.two@example.com' });
    const client = test.client.as(staff.accessToken);
    await client.ok(ACCEPT, { token });
    expect(
      (await client.ok<{ organization: { viewerRole: string } }>(ORGANIZATION, { id: clinicId }))
        .organization.viewerRole,
    ).toBe('STAFF');
    expect((await client.error(MEMBERS, { organizationId: clinicId })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (
        await client.error(INVITE, {
          input: { organizationId: clinicId, email: 'y@example.com', role: 'ORG_ADMIN' },
        })
      ).extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('changes roles, removes members, lets people leave, and always keeps an admin', async () => {
    const { organizationMembers } = await ownerClient.ok<{
      organizationMembers: { id: string; userId: string; email: string }[];
    }>(MEMBERS, { organizationId: clinicId });
    const mine = organizationMembers.find((m) => m.userId === owner.userId)!;
    const lastAdmin = await ownerClient.error(END, { membershipId: mine.id });
    expect(lastAdmin.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });

    const staffOne = organizationMembers.find((m) => m.email === 'staff.one@example.com')!;
    await ownerClient.ok(CHANGE_ROLE, { input: { membershipId: staffOne.id, role: 'ORG_ADMIN' } });
    await ownerClient.ok(END, { membershipId: mine.id }); // now the owner may leave
    const gone = await ownerClient.error(ORGANIZATION, { id: clinicId });
    expect(gone.extensions?.code).toBe('NOT_FOUND');

    const adminLogin = await test.client.ok<{ login: { accessToken: string } }>(
      /* GraphQL */ `
        mutation L($input: LoginInput!) {
          login(input: $input) {
            accessToken
          }
        }
      `,
      { input: { email: 'staff.one@example.com', password: 'correct horse battery staple' } },
    );
    const newAdmin = test.client.as(adminLogin.login.accessToken);
    const staffTwo = organizationMembers.find((m) => m.email === 'staff.two@example.com')!;
    await newAdmin.ok(END, { membershipId: staffTwo.id });
    const roster = await newAdmin.ok<{ organizationMembers: { email: string }[] }>(MEMBERS, {
      organizationId: clinicId,
    });
    expect(roster.organizationMembers.map((m) => m.email)).toEqual(['staff.one@example.com']);
  });

  it('audits invitations, acceptances, role changes and removals', async () => {
    const admin = await (await import('../support/factories.js')).asAdmin(test);
    const { auditEvents } = await test.client
      .as(admin.accessToken)
      .ok<{ auditEvents: { action: string }[] }>(AUDIT, {
        subjectId: clinicId,
      });
    const actions = new Set(auditEvents.map((event) => event.action));
    for (const action of [
      'INVITATION_SENT',
      'INVITATION_ACCEPTED',
      'MEMBER_ROLE_CHANGED',
      'MEMBER_LEFT',
      'MEMBER_REMOVED',
    ]) {
      expect({ action, recorded: actions.has(action) }).toEqual({ action, recorded: true });
    }
  });
});
