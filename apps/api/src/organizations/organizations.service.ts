import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { MailQueue } from '../mail/mail-queue.js';
import type { InviteMemberInput } from './dto/organization.input.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { OrganizationEntity } from './entities/organization.entity.js';
import { MembershipChanged } from './events.js';
import { hashToken as hash } from '../common/tokens/token-hash.js';
import { OrganizationErrors } from './organization-errors.js';
import {
  MembershipStatus,
  OrganizationRole,
  requiredToHoldOnJoining,
} from './organization-role.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { invitationEmail } from '../mail/templates/invitation.js';

const INVITATION_DAYS = 14;

/**
 * Clinics and their people. Every read and write is scoped by the caller's own active
 * membership: an admin of one clinic gets NOT_FOUND for any other, whatever id they pass.
 */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailQueue,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly identity: IdentityReader,
    private readonly events: EventEmitter2,
  ) {}

  async create(name: string, principal: Principal, state: string | null = null) {
    const created = await this.db.transaction(async (manager) => {
      const organization = await manager.save(
        manager.create(OrganizationEntity, { name, state, createdBy: principal.userId }),
      );
      const membership = await manager.save(
        manager.create(MembershipEntity, {
          organizationId: organization.id,
          userId: principal.userId,
          role: OrganizationRole.ORG_ADMIN,
          status: MembershipStatus.ACTIVE,
          requiredToHold: requiredToHoldOnJoining(OrganizationRole.ORG_ADMIN),
          joinedAt: this.clock.now(),
        }),
      );
      return { organization, role: OrganizationRole.ORG_ADMIN, membershipId: membership.id };
    });
    await this.announce(
      new MembershipChanged(
        created.membershipId,
        created.organization.id,
        principal.userId,
        'JOINED',
        created.role,
      ),
    );
    return created;
  }

  /** The caller's active membership in the organization, or NOT_FOUND. */
  async membership(
    organizationId: string,
    principal: Principal,
    manager: EntityManager = this.db.manager,
  ): Promise<MembershipEntity> {
    const membership = await manager.findOneBy(MembershipEntity, {
      organizationId,
      userId: principal.userId,
      status: MembershipStatus.ACTIVE,
    });
    if (!membership) throw OrganizationErrors.notFound();
    return membership;
  }

  async asAdmin(organizationId: string, principal: Principal, manager?: EntityManager) {
    const membership = await this.membership(organizationId, principal, manager);
    if (membership.role !== OrganizationRole.ORG_ADMIN) throw OrganizationErrors.adminsOnly();
    return membership;
  }

  /** The state the clinic practises in (its admins), audited with the one it replaces. */
  async setState(organizationId: string, state: string | null, principal: Principal) {
    const membership = await this.asAdmin(organizationId, principal);
    const organization = await this.db.transaction(async (manager) => {
      const row = await manager.findOneByOrFail(OrganizationEntity, { id: organizationId });
      const before = row.state;
      row.state = state;
      await manager.save(row);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'ORGANIZATION_STATE_SET',
        subjectType: 'organization',
        subjectId: organizationId,
        details: { before, after: state },
      });
      return row;
    });
    return { organization, role: membership.role, membershipId: membership.id };
  }

  /** Whether the caller administers a clinic the person is an active member of. */
  async administersMember(principal: Principal, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM memberships mine
         JOIN memberships theirs ON theirs.organization_id = mine.organization_id
        WHERE mine.user_id = $1 AND mine.status = $3 AND mine.role = $4
          AND theirs.user_id = $2 AND theirs.status = $3
        LIMIT 1`,
      [principal.userId, userId, MembershipStatus.ACTIVE, OrganizationRole.ORG_ADMIN],
    );
    return rows.length > 0;
  }

  async get(organizationId: string, principal: Principal) {
    const membership = await this.membership(organizationId, principal);
    const organization = await this.db.manager.findOneByOrFail(OrganizationEntity, {
      id: organizationId,
    });
    return { organization, role: membership.role, membershipId: membership.id };
  }

  async mine(principal: Principal) {
    const rows = await this.db.manager
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoinAndSelect('m.organization', 'o')
      .where('m.user_id = :userId AND m.status = :status', {
        userId: principal.userId,
        status: MembershipStatus.ACTIVE,
      })
      .orderBy('o.name', 'ASC')
      .getMany();
    return rows.map((row) => ({
      organization: row.organization!,
      role: row.role,
      membershipId: row.id,
    }));
  }

  /** Active members (the first 5,000 to join) with their names, by name, for the clinic's admins. */
  async members(organizationId: string, principal: Principal) {
    await this.asAdmin(organizationId, principal);
    const memberships = await this.db.manager.find(MembershipEntity, {
      where: { organizationId, status: MembershipStatus.ACTIVE },
      order: { joinedAt: 'ASC', id: 'ASC' },
      take: 5000,
    });
    const people = await this.identity.accountsByIds(memberships.map((m) => m.userId));
    return memberships
      .map((membership, i) => ({ membership, person: people[i] ?? null }))
      .sort((a, b) => (a.person?.displayName ?? '').localeCompare(b.person?.displayName ?? ''));
  }

  async invite(input: InviteMemberInput, principal: Principal): Promise<InvitationEntity> {
    const token = randomBytes(32).toString('base64url');
    const { invitation, mailJob } = await this.db.transaction(async (manager) => {
      await this.asAdmin(input.organizationId, principal, manager);
      const invitee = await this.identity.accountIdByEmail(input.email, manager);
      const already =
        invitee !== null &&
        (await manager.existsBy(MembershipEntity, {
          organizationId: input.organizationId,
          userId: invitee,
          status: MembershipStatus.ACTIVE,
        }));
      if (already) throw OrganizationErrors.alreadyMember();
      // Inviting the same address again resends: the earlier link stops working, and the
      // clinic's pending list shows one invitation per person.
      const replaced = await manager
        .createQueryBuilder()
        .delete()
        .from(InvitationEntity)
        .where('organization_id = :org AND email = :email AND accepted_at IS NULL', {
          org: input.organizationId,
          email: input.email,
        })
        .execute();
      const now = this.clock.now();
      const invitation = await manager.save(
        manager.create(InvitationEntity, {
          organizationId: input.organizationId,
          email: input.email,
          role: input.role,
          tokenHash: hash(token),
          invitedBy: principal.userId,
          createdAt: now,
          expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        }),
      );
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'INVITATION_SENT',
        subjectType: 'organization',
        subjectId: input.organizationId,
        // Ids, not the address: audit events are kept for good and name no one (docs/privacy.md).
        details: {
          invitationId: invitation.id,
          role: input.role,
          replacedInvitations: replaced.affected ?? 0,
        },
      });
      const organization = await manager.findOneByOrFail(OrganizationEntity, {
        id: input.organizationId,
      });
      // Queued with the invitation and sent after the commit: an invitation that failed to
      // commit is never mailed, and a mail server's hiccup neither undoes it nor loses the mail.
      const mailJob = await this.mail.queue(
        manager,
        await invitationEmail(input.email, {
          clinic: organization.name,
          asAdmin: input.role === 'ORG_ADMIN',
          acceptUrl: `${this.config.publicUrl}/invitations/accept?token=${token}`,
          days: INVITATION_DAYS,
        }),
      );
      return { invitation, mailJob };
    });
    await this.mail.sendQueued([mailJob]);
    return invitation;
  }

  /** Joins with the signed-in account, whose email must be the one invited. */
  async accept(token: string, principal: Principal) {
    const joined = await this.db.transaction(async (manager) => {
      const invitation = await manager.findOne(InvitationEntity, {
        where: { tokenHash: hash(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation || invitation.acceptedAt || invitation.expiresAt < this.clock.now()) {
        throw OrganizationErrors.invitationInvalid();
      }
      const [user] = await this.identity.accountsByIds([principal.userId], manager);
      if (!user || user.email !== invitation.email.toLowerCase())
        throw OrganizationErrors.invitationForSomeoneElse();
      invitation.acceptedAt = this.clock.now();
      invitation.acceptedBy = user.id;
      await manager.save(invitation);
      let membershipId: string;
      try {
        const inserted = await manager.insert(MembershipEntity, {
          organizationId: invitation.organizationId,
          userId: user.id,
          role: invitation.role,
          status: MembershipStatus.ACTIVE,
          requiredToHold: requiredToHoldOnJoining(invitation.role),
          joinedAt: this.clock.now(),
        });
        membershipId = (inserted.identifiers[0] as { id: string }).id;
      } catch (error) {
        if (isUniqueViolation(error)) throw OrganizationErrors.alreadyMember();
        throw error;
      }
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'INVITATION_ACCEPTED',
        subjectType: 'organization',
        subjectId: invitation.organizationId,
        details: { invitationId: invitation.id, role: invitation.role },
      });
      const organization = await manager.findOneByOrFail(OrganizationEntity, {
        id: invitation.organizationId,
      });
      return { organization, role: invitation.role, membershipId };
    });
    const { organization, role, membershipId } = joined;
    await this.announce(
      new MembershipChanged(membershipId, organization.id, principal.userId, 'JOINED', role),
    );
    return joined;
  }

  /** Leaving (yourself) or removal (by an admin): the clinic stops seeing the credentials. */
  async end(membershipId: string, principal: Principal): Promise<void> {
    const ended = await this.db.transaction(async (manager) => {
      const membership = await manager.findOne(MembershipEntity, {
        where: { id: membershipId, status: MembershipStatus.ACTIVE },
        lock: { mode: 'pessimistic_write' },
      });
      if (!membership) throw OrganizationErrors.membershipNotFound();
      const self = membership.userId === principal.userId;
      if (!self)
        await this.asAdmin(membership.organizationId, principal, manager).catch(() => {
          throw OrganizationErrors.membershipNotFound();
        });
      await this.keepAnAdmin(manager, membership);
      membership.status = self ? MembershipStatus.LEFT : MembershipStatus.REMOVED;
      membership.endedAt = this.clock.now();
      await manager.save(membership);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: self ? 'MEMBER_LEFT' : 'MEMBER_REMOVED',
        subjectType: 'organization',
        subjectId: membership.organizationId,
        details: { membershipId, userId: membership.userId },
      });
      return membership;
    });
    await this.announce(
      new MembershipChanged(
        membershipId,
        ended.organizationId,
        ended.userId,
        ended.status === MembershipStatus.LEFT ? 'LEFT' : 'REMOVED',
        ended.role,
      ),
    );
  }

  async changeRole(membershipId: string, role: OrganizationRole, principal: Principal) {
    const changed = await this.db.transaction(async (manager) => {
      const membership = await manager.findOne(MembershipEntity, {
        where: { id: membershipId, status: MembershipStatus.ACTIVE },
        lock: { mode: 'pessimistic_write' },
      });
      if (!membership) throw OrganizationErrors.membershipNotFound();
      await this.asAdmin(membership.organizationId, principal, manager).catch(() => {
        throw OrganizationErrors.membershipNotFound();
      });
      if (role !== OrganizationRole.ORG_ADMIN) await this.keepAnAdmin(manager, membership);
      const from = membership.role;
      membership.role = role;
      await manager.save(membership);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'MEMBER_ROLE_CHANGED',
        subjectType: 'organization',
        subjectId: membership.organizationId,
        details: { membershipId, userId: membership.userId, from, to: role },
      });
      return membership;
    });
    await this.announce(
      new MembershipChanged(
        membershipId,
        changed.organizationId,
        changed.userId,
        'ROLE_CHANGED',
        role,
      ),
    );
    return changed;
  }

  /** After the commit: a subscriber acts on a change that stands. */
  private async announce(event: MembershipChanged): Promise<void> {
    await this.events.emitAsync(MembershipChanged.event, event);
  }

  /** Refuses to take away the last admin: someone must be able to run the clinic. */
  private async keepAnAdmin(manager: EntityManager, membership: MembershipEntity) {
    if (membership.role !== OrganizationRole.ORG_ADMIN) return;
    // Locks the admin rows, so two admins removing each other at once cannot both succeed.
    const admins = (await manager.query(
      `SELECT id FROM memberships
        WHERE organization_id = $1 AND role = 'ORG_ADMIN' AND status = 'ACTIVE' FOR UPDATE`,
      [membership.organizationId],
    )) as { id: string }[];
    if (admins.length <= 1) throw OrganizationErrors.lastAdmin();
  }
}
