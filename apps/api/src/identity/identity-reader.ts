import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { byKey } from '../common/database/batch.js';
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
> & { licenseNumber: string | null; licenseState: string | null };

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
  licensesByUserId(
    userId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<Pick<LicenseEntity, 'profession' | 'state' | 'number' | 'expiresOn'>[]> {
    return manager.find(LicenseEntity, {
      select: { profession: true, state: true, number: true, expiresOn: true },
      where: { userId },
      order: { state: 'ASC', number: 'ASC' },
    });
  }

  accountExists(id: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    return manager.existsBy(UserEntity, { id });
  }
}
