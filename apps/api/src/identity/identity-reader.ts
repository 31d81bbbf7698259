import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../common/database/batch.js';
import { LicenseEntity } from './entities/license.entity.js';
import { UserEntity } from './entities/user.entity.js';

/**
 * What other modules may read of an account (never its password hash), with the primary
 * license: the one certificates print.
 */
export type AccountSummary = Pick<
  UserEntity,
  | 'id'
  | 'email'
  | 'displayName'
  | 'profession'
  | 'roles'
  | 'emailVerifiedAt'
  | 'credentialReminders'
  | 'clinicNotices'
  | 'courseCorrections'
> & {
  licenseNumber: string | null;
  licenseState: string | null;
  /** The primary license's id: what a certificate issued now is earned under. */
  licenseId: string | null;
};

/**
 * A license as other modules may read it. `expiresOn` is the renewal date; `status` is as
 * recorded (an ACTIVE one past its renewal date has expired: see `effectiveLicenseStatus` in
 * @fascicle/regulation); the earliest `issuedOn` of a person's licenses gives years licensed.
 */
export type LicenseSummary = Pick<
  LicenseEntity,
  | 'id'
  | 'userId'
  | 'state'
  | 'profession'
  | 'number'
  | 'status'
  | 'issuedOn'
  | 'expiresOn'
  | 'isPrimary'
>;

/**
 * The identity module's read service: how every other module reads accounts, in batches.
 * Pass the caller's transaction when there is one: the embedded database has a single
 * connection, so a read beside an open transaction would wait for it forever.
 */
@Injectable()
export class IdentityReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One query for many ids, in the order asked (null for an unknown id). */
  async accountsByIds(
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<(AccountSummary | null)[]> {
    if (ids.length === 0) return [];
    const rows = await manager
      .createQueryBuilder(UserEntity, 'u')
      .leftJoin(LicenseEntity, 'l', 'l.user_id = u.id AND l.is_primary')
      .select('u.id', 'id')
      .addSelect('u.email', 'email')
      .addSelect('u.display_name', 'displayName')
      .addSelect('u.profession', 'profession')
      .addSelect('u.roles', 'roles')
      .addSelect('u.email_verified_at', 'emailVerifiedAt')
      .addSelect('u.credential_reminders', 'credentialReminders')
      .addSelect('u.clinic_notices', 'clinicNotices')
      .addSelect('u.course_corrections', 'courseCorrections')
      .addSelect('l.number', 'licenseNumber')
      .addSelect('l.state', 'licenseState')
      .addSelect('l.id', 'licenseId')
      .where('u.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getRawMany<AccountSummary>();
    return byKey(ids, rows, (row) => row.id);
  }

  /** The id of the account with this email (stored trimmed and in lower case), or null. */
  async accountIdByEmail(
    email: string,
    manager: EntityManager = this.db.manager,
  ): Promise<string | null> {
    const row = await manager.findOne(UserEntity, {
      select: { id: true },
      where: { email: email.trim().toLowerCase() },
    });
    return row?.id ?? null;
  }

  /** A person's licenses (every state and profession), for rules that check them. */
  async licensesByUserId(
    userId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<LicenseSummary[]> {
    return (await this.licensesByUserIds([userId], manager))[0]!;
  }

  /**
   * Each person's licenses, by state then profession, in the order of the ids asked (an empty
   * list for someone with none): one query however many people, for reports over a clinic.
   */
  async licensesByUserIds(
    userIds: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<LicenseSummary[][]> {
    const rows = userIds.length
      ? await manager.find(LicenseEntity, {
          select: {
            id: true,
            userId: true,
            state: true,
            profession: true,
            number: true,
            status: true,
            issuedOn: true,
            expiresOn: true,
            isPrimary: true,
          },
          where: { userId: In([...new Set(userIds)]) },
          order: { state: 'ASC', profession: 'ASC', number: 'ASC' },
        })
      : [];
    return groupByKey(userIds, rows, (row) => row.userId);
  }

  /**
   * Licenses whose renewal (expiry) date falls from `from` to `to`, both included: what the
   * renewal reminder job looks at (one query, run by the job, not per request).
   */
  licensesExpiringBetween(
    from: string,
    to: string,
  ): Promise<Pick<LicenseEntity, 'id' | 'userId' | 'state' | 'profession' | 'expiresOn'>[]> {
    return this.db.manager
      .createQueryBuilder(LicenseEntity, 'l')
      .select(['l.id', 'l.userId', 'l.state', 'l.profession', 'l.expiresOn'])
      .where('l.expires_on BETWEEN :from AND :to', { from, to })
      .orderBy('l.expires_on')
      .addOrderBy('l.id')
      .getMany();
  }

  /**
   * An account's display name ('' for an unknown id) as a scalar subquery another module may
   * embed where one statement must sort by it (the compliance report pages in SQL), so the users
   * table is still named only here. `userId` is an SQL expression, e.g. `m.user_id`.
   */
  displayNameSql(userId: string): string {
    return `coalesce((SELECT account.display_name FROM users account WHERE account.id = ${userId}), '')`;
  }

  accountExists(id: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    return manager.existsBy(UserEntity, { id });
  }
}
