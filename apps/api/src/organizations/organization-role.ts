/** What a member may do in their clinic. */
export enum OrganizationRole {
  ORG_ADMIN = 'ORG_ADMIN',
  STAFF = 'STAFF',
}

/** Only an ACTIVE membership lets the clinic see the member's credentials. */
export enum MembershipStatus {
  ACTIVE = 'ACTIVE',
  LEFT = 'LEFT',
  REMOVED = 'REMOVED',
}

/**
 * Whether a member joining with this role is required to hold the clinic's credentials until
 * an admin says otherwise: staff are; admins are not, since many run the clinic without
 * practising (those who practise are switched on by hand).
 */
export const requiredToHoldOnJoining = (role: OrganizationRole): boolean =>
  role !== OrganizationRole.ORG_ADMIN;
