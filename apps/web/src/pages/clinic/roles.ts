import type { OrganizationRole } from '../../gql/graphql';

export const ROLE_LABELS: Record<OrganizationRole, string> = {
  STAFF: 'Staff',
  ORG_ADMIN: 'Clinic admin',
};

export function isOrganizationRole(value: string): value is OrganizationRole {
  return value === 'STAFF' || value === 'ORG_ADMIN';
}
