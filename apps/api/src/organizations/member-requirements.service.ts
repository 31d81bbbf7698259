import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '@fascicle/common';
import { AuditService } from '../audit/audit.service.js';
import { hasAnyRole, type Principal } from '../identity/auth/principal.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganizationErrors } from './organization-errors.js';
import { MembershipStatus, OrganizationRole } from './organization-role.js';

/**
 * Whether a clinic requires a member to hold its required credentials: a member who is not
 * required stays listed in the compliance report but is neither counted nor reminded.
 */
@Injectable()
export class MemberRequirementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly identity: IdentityReader,
  ) {}

  /**
   * By an admin of the member's clinic or a platform admin. Anyone outside the clinic gets
   * NOT_FOUND, as if the membership did not exist; its staff, FORBIDDEN.
   */
  async set(membershipId: string, requiredToHold: boolean, principal: Principal) {
    const membership = await this.db.transaction(async (manager) => {
      const membership = await manager.findOne(MembershipEntity, {
        where: { id: membershipId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!membership) throw OrganizationErrors.membershipNotFound();
      if (!hasAnyRole(principal, [Role.ADMIN])) {
        const caller = await manager.findOneBy(MembershipEntity, {
          organizationId: membership.organizationId,
          userId: principal.userId,
          status: MembershipStatus.ACTIVE,
        });
        if (!caller) throw OrganizationErrors.membershipNotFound();
        if (caller.role !== OrganizationRole.ORG_ADMIN) throw OrganizationErrors.adminsOnly();
      }
      if (membership.status !== MembershipStatus.ACTIVE) throw OrganizationErrors.membershipEnded();
      const from = membership.requiredToHold;
      membership.requiredToHold = requiredToHold;
      await manager.save(membership);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'MEMBER_REQUIREMENT_CHANGED',
        subjectType: 'organization',
        subjectId: membership.organizationId,
        details: { membershipId, userId: membership.userId, from, to: requiredToHold },
      });
      return membership;
    });
    const [person] = await this.identity.accountsByIds([membership.userId]);
    return { membership, person: person ?? null };
  }
}
