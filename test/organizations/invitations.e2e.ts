import type { OutgoingMail } from '../../apps/api/src/mail/mailer.js';
import { Role } from '@fascicle/common';
import { registerLearner, userWithRoles, type Session } from '../support/factories.js';
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
const PENDING = /* GraphQL */ `
  query Pending($organizationId: ID!) {
    pendingInvitations(organizationId: $organizationId) {
      id
      email
      role
      invitedAt
      expiresAt
    }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($invitationId: ID!) {
    cancelInvitation(invitationId: $invitationId)
  }
`;
const PREVIEW = /* GraphQL */ `
  query Preview($token: String!) {
    invitationPreview(token: $token) {
      organizationName
      email
      role
      state
    }
  }
`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($token: String!) {
    acceptInvitation(token: $token) {
      id
      viewerRole
      viewerMembershipId
    }
  }
`;
const MINE = /* GraphQL */ `
  query Mine {
    myOrganizations {
      id
      viewerMembershipId
    }
  }
`;
const ORGANIZATION = /* GraphQL */ `
  query Org($id: ID!) {
    organization(id: $id) {
      id
    }
  }
`;
const END = /* GraphQL */ `
  mutation End($membershipId: ID!) {
    endMembership(membershipId: $membershipId)
  }
`;
const AUDIT = /* GraphQL */ `
  query Audit($subjectId: ID!) {
    auditEvents(subjectId: $subjectId) {
      action
    }
  }
`;

/** Pending invitations, withdrawing one, what a link shows before sign-in, and leaving. */
describe('invitations before they are accepted, and leaving a clinic', () => {
  let test: TestApp;
  const inbox: OutgoingMail[] = [];
  let admin: GraphQLClient;
  let clinicId: string;
  let otherAdmin: GraphQLClient;

  async function invite(email: string, role = 'STAFF'): Promise<string> {
    await admin.ok(INVITE, { input: { organizationId: clinicId, email, role } });
    return /token=([A-Za-z0-9_-]+)/.exec(inbox.at(-1)!.text)![1]!;
  }

  async function pending(): Promise<{ id: string; email: string; role: string }[]> {
    return (
      await admin.ok<{ pendingInvitations: { id: string; email: string; role: string }[] }>(
        PENDING,
        { organizationId: clinicId },
      )
    ).pendingInvitations;
  }

  beforeAll(async () => {
    test = await startTestApp({}, { mailSink: (mail) => void inbox.push(mail) });
    admin = test.client.as((await registerLearner(test)).accessToken);
    clinicId = (
      await admin.ok<{ createOrganization: { id: string } }>(CREATE, {
        input: { name: 'Alpine Sports PT' },
      })
    ).createOrganization.id;
    otherAdmin = test.client.as((await registerLearner(test)).accessToken);
    await otherAdmin.ok(CREATE, { input: { name: 'Another Clinic' } });
  });

  afterAll(async () => {
    await test.close();
  });

  it('lists open invitations, newest first, to the clinic admins only', async () => {
    await invite('first@example.com');
    test.clock.advance(1000);
    await invite('second@example.com', 'ORG_ADMIN');
    expect((await pending()).map(({ email, role }) => [email, role])).toEqual([
      ['second@example.com', 'ORG_ADMIN'],
      ['first@example.com', 'STAFF'],
    ]);
    const outsider = await otherAdmin.error(PENDING, { organizationId: clinicId });
    expect(outsider.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('resends when the same address is invited again: one pending invitation, the old link dead', async () => {
    const first = await invite('again@example.com');
    const second = await invite('again@example.com', 'ORG_ADMIN');
    const mine = (await pending()).filter((p) => p.email === 'again@example.com');
    expect(mine.map((p) => p.role)).toEqual(['ORG_ADMIN']);
    expect((await test.client.error(PREVIEW, { token: first })).extensions?.['code']).toBe(
      'BAD_USER_INPUT',
    );
    const { invitationPreview } = await test.client.ok<{ invitationPreview: { state: string } }>(
      PREVIEW,
      { token: second },
    );
    expect(invitationPreview.state).toBe('OPEN');
  });

  it('shows who invited whom from the link alone, before anyone signs in', async () => {
    const token = await invite('third@example.com');
    const { invitationPreview } = await test.client.ok<{
      invitationPreview: Record<string, string>;
    }>(PREVIEW, { token });
    expect(invitationPreview).toEqual({
      organizationName: 'Alpine Sports PT',
      email: 'third@example.com',
      role: 'STAFF',
      state: 'OPEN',
    });
    const bogus = await test.client.error(PREVIEW, { token: 'not-a-token' });
    expect(bogus.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('withdraws an invitation: the link stops working, and it is audited', async () => {
    const token = await invite('withdrawn@example.com');
    const invitation = (await pending()).find((p) => p.email === 'withdrawn@example.com')!;
    const refused = await otherAdmin.error(CANCEL, { invitationId: invitation.id });
    expect(refused.extensions?.['code']).toBe('NOT_FOUND');
    expect((await pending()).map((p) => p.email)).toContain('withdrawn@example.com');

    await admin.ok(CANCEL, { invitationId: invitation.id });
    expect((await pending()).map((p) => p.email)).not.toContain('withdrawn@example.com');
    expect((await test.client.error(PREVIEW, { token })).extensions?.['code']).toBe(
      'BAD_USER_INPUT',
    );
    const invited: Session = await registerLearner(test, { email: 'withdrawn@example.com' });
    const accept = await test.client.as(invited.accessToken).error(ACCEPT, { token });
    expect(accept.extensions?.['code']).toBe('BAD_USER_INPUT');
    const { auditEvents } = await test.client
      .as((await userWithRoles(test, [Role.ADMIN])).accessToken)
      .ok<{ auditEvents: { action: string }[] }>(AUDIT, { subjectId: clinicId });
    expect(auditEvents.map((e) => e.action)).toContain('INVITATION_CANCELLED');
  });

  it('lets a member leave with the membership id the clinic gives them', async () => {
    const token = await invite('leaver@example.com');
    const leaver = test.client.as(
      (await registerLearner(test, { email: 'leaver@example.com' })).accessToken,
    );
    const { acceptInvitation } = await leaver.ok<{
      acceptInvitation: { id: string; viewerMembershipId: string };
    }>(ACCEPT, { token });
    const { myOrganizations } = await leaver.ok<{
      myOrganizations: { id: string; viewerMembershipId: string }[];
    }>(MINE);
    expect(myOrganizations).toEqual([
      { id: clinicId, viewerMembershipId: acceptInvitation.viewerMembershipId },
    ]);
    const preview = await test.client.ok<{ invitationPreview: { state: string } }>(PREVIEW, {
      token,
    });
    expect(preview.invitationPreview.state).toBe('ACCEPTED');

    // A member who is not an admin sees no invitations and withdraws none.
    expect((await leaver.error(PENDING, { organizationId: clinicId })).extensions?.['code']).toBe(
      'FORBIDDEN',
    );
    const [open] = await pending();
    expect((await leaver.error(CANCEL, { invitationId: open.id })).extensions?.['code']).toBe(
      'NOT_FOUND',
    );

    await leaver.ok(END, { membershipId: acceptInvitation.viewerMembershipId });
    expect((await leaver.error(ORGANIZATION, { id: clinicId })).extensions?.['code']).toBe(
      'NOT_FOUND',
    );
  });
});
