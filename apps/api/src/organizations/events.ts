import type { OrganizationRole } from './organization-role.js';

/** How a membership changed: joined (creating the clinic, or by invitation), or ended. */
export type MembershipChange = 'JOINED' | 'ROLE_CHANGED' | 'LEFT' | 'REMOVED';

/**
 * Someone joined a clinic, left it, was removed or given another role. Published after the
 * change has committed. `role` is the member's role after the change (for an end, the role
 * they held).
 */
export class MembershipChanged {
  static readonly event = 'organizations.membership-changed';

  constructor(
    readonly membershipId: string,
    readonly organizationId: string,
    readonly userId: string,
    readonly change: MembershipChange,
    readonly role: OrganizationRole,
  ) {}
}
