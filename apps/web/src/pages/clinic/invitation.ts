import type { InvitationState, OrganizationRole } from '../../gql/graphql';
import { ROLE_LABELS } from './roles';

/** How the invitation names the role: "join as staff" / "join as an administrator". */
export const INVITED_AS: Record<OrganizationRole, string> = {
  STAFF: 'staff',
  ORG_ADMIN: 'an administrator',
};

/** Addresses compare as the API stores accounts' emails: trimmed and lower-cased. */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export type InvitationStep =
  /** Already used: joining again is impossible, whoever is signed in. */
  | { kind: 'accepted' }
  | { kind: 'expired' }
  /** Open, nobody signed in: sign in or sign up with the invited address first. */
  | { kind: 'signIn' }
  /** Open, but the account signed in is not the one invited: the API would refuse. */
  | { kind: 'otherAccount'; signedInAs: string }
  | { kind: 'accept'; signedInAs: string };

/**
 * What the invitation page offers, from the link's state and who is signed in (null when
 * nobody is). The API refuses an invitation to any account but the invited one, so saying so
 * beforehand spares a click that can only fail.
 */
export function invitationStep(
  invitation: { state: InvitationState; email: string },
  viewerEmail: string | null,
): InvitationStep {
  switch (invitation.state) {
    case 'ACCEPTED':
      return { kind: 'accepted' };
    case 'EXPIRED':
      return { kind: 'expired' };
    case 'OPEN':
      if (viewerEmail === null) return { kind: 'signIn' };
      return sameEmail(viewerEmail, invitation.email)
        ? { kind: 'accept', signedInAs: viewerEmail }
        : { kind: 'otherAccount', signedInAs: viewerEmail };
  }
}

/**
 * What the invite form says once the API answered. An address that was already pending got a
 * new link and the earlier one stopped working: the admin should know the first email is void.
 */
export function inviteConfirmation(
  invitation: { email: string; role: OrganizationRole },
  pendingBefore: readonly { email: string }[],
): string {
  const role = ROLE_LABELS[invitation.role].toLowerCase();
  return pendingBefore.some(({ email }) => sameEmail(email, invitation.email))
    ? `Invitation sent again to ${invitation.email}; the earlier link no longer works. They are invited as ${role}.`
    : `Invitation sent to ${invitation.email} as ${role}. It is listed under pending invitations until they accept.`;
}
