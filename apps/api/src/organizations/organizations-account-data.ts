import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import type { AccountData, AccountDataSection } from '../common/privacy/account-data.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { MembershipStatus } from './organization-role.js';

interface MembershipRow {
  clinic: string;
  role: string;
  status: string;
  joinedAt: Date;
  endedAt: Date | null;
}

/** Organizations' part of download-my-data and delete-my-account: clinic memberships. */
@Injectable()
export class OrganizationsAccountData implements AccountData {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly identity: IdentityReader,
  ) {}

  async exportFor(userId: string): Promise<AccountDataSection[]> {
    const memberships = await this.db.query<MembershipRow[]>(
      `SELECT o.name AS clinic, m.role, m.status, m.joined_at AS "joinedAt", m.ended_at AS "endedAt"
         FROM memberships m JOIN organizations o ON o.id = m.organization_id
        WHERE m.user_id = $1
        ORDER BY m.joined_at`,
      [userId],
    );
    return [{ name: 'clinicMemberships', data: memberships }];
  }

  /**
   * The person leaves every clinic (the clinic's history keeps that they were a member, under
   * an account that no longer names them). Invitations to their address are deleted if still
   * open and keep no address if accepted. Runs before identity empties the account, whose
   * address it reads.
   */
  async eraseFor(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE memberships SET status = $2, ended_at = $3 WHERE user_id = $1 AND status = $4`,
      [userId, MembershipStatus.LEFT, at, MembershipStatus.ACTIVE],
    );
    const [account] = await this.identity.accountsByIds([userId], manager);
    if (!account) return;
    await manager.query(`DELETE FROM invitations WHERE email = $1 AND accepted_at IS NULL`, [
      account.email,
    ]);
    await manager.query(`UPDATE invitations SET email = '' WHERE accepted_by = $1`, [userId]);
  }
}
