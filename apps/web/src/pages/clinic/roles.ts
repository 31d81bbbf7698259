import type { OrganizationRole } from '../../gql/graphql';

export const ROLE_LABELS: Record<OrganizationRole, string> = {
  STAFF: 'Staff',
  ORG_ADMIN: 'Clinic admin',
};

export function isOrganizationRole(value: string): value is OrganizationRole {
  return value === 'STAFF' || value === 'ORG_ADMIN';
}

/** What the member list says of whether the clinic requires a member to hold its credentials. */
export function requirementWords(requiredToHold: boolean): string {
  return requiredToHold
    ? 'Must hold the required credentials'
    : 'Not required to hold the required credentials';
}
