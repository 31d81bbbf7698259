import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { byKey } from '../common/database/batch.js';
import { UserEntity } from './entities/user.entity.js';

/** What other modules may read of an account: never its password hash. */
export type AccountSummary = Pick<
  UserEntity,
  | 'id'
  | 'email'
  | 'displayName'
  | 'profession'
  | 'licenseNumber'
  | 'licenseState'
  | 'roles'
  | 'emailVerifiedAt'
>;

const SUMMARY_COLUMNS = {
  id: true,
  email: true,
  displayName: true,
  profession: true,
  licenseNumber: true,
  licenseState: true,
  roles: true,
  emailVerifiedAt: true,
} satisfies Record<keyof AccountSummary, true>;

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
    const rows = await manager.find(UserEntity, {
      select: SUMMARY_COLUMNS,
      where: { id: In([...new Set(ids)]) },
    });
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

  accountExists(id: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    return manager.existsBy(UserEntity, { id });
  }
}
