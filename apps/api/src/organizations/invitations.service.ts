import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, MoreThan, type DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { OrganizationEntity } from './entities/organization.entity.js';
import { hashToken } from '../common/tokens/token-hash.js';
import { OrganizationErrors } from './organization-errors.js';
import { OrganizationsService } from './organizations.service.js';

export type InvitationState = 'OPEN' | 'ACCEPTED' | 'EXPIRED';

/** Invitations a clinic has sent and nobody has used yet, and what a token's holder may see. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Open invitations, newest first (clinic admins). */
  async pending(organizationId: string, principal: Principal): Promise<InvitationEntity[]> {
    await this.organizations.asAdmin(organizationId, principal);
    return this.db.manager.find(InvitationEntity, {
      where: { organizationId, acceptedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  /** Withdraws an invitation nobody has accepted: its link stops working. */
  async cancel(invitationId: string, principal: Principal): Promise<void> {
    await this.db.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { id: invitationId },
        lock: { mode: 'pessimistic_write' },
      });
      const notFound = () => OrganizationErrors.invitationNotFound();
      if (!invitation || invitation.acceptedAt) throw notFound();
      // Another clinic's invitation answers like a missing one.
      await this.organizations.asAdmin(invitation.organizationId, principal, manager).catch(() => {
        throw notFound();
      });
      await manager.delete(InvitationEntity, { id: invitation.id });
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'INVITATION_CANCELLED',
        subjectType: 'organization',
        subjectId: invitation.organizationId,
        // Ids, not the address: audit events are kept for good and name no one (docs/privacy.md).
        details: { invitationId, role: invitation.role },
      });
    });
  }

  /**
   * What the holder of a token may know before accepting: which clinic, which role, for which
   * address. The token itself is the secret (256 random bits), so no account is needed.
   */
  async preview(token: string) {
    const invitation = await this.db.manager.findOneBy(InvitationEntity, {
      tokenHash: hashToken(token),
    });
    if (!invitation) throw OrganizationErrors.invitationInvalid();
    const organization = await this.db.manager.findOneByOrFail(OrganizationEntity, {
      id: invitation.organizationId,
    });
    const state: InvitationState = invitation.acceptedAt
      ? 'ACCEPTED'
      : invitation.expiresAt < this.clock.now()
        ? 'EXPIRED'
        : 'OPEN';
    return { invitation, organizationName: organization.name, state };
  }
}
