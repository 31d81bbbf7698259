/**
 * Platform-wide roles. Clinic roles (ORG_ADMIN, STAFF) belong to a membership in an
 * organization, not to the account, so they are not listed here.
 */
export enum Role {
  LEARNER = 'LEARNER',
  INSTRUCTOR = 'INSTRUCTOR',
  ADMIN = 'ADMIN',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ALL_ROLES as readonly string[]).includes(value);
}
