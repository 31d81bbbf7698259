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
