import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountData, AccountDataSection } from '../common/privacy/account-data.js';
import { accountKey } from './auth/login-throttle.js';
import { PasswordHasher } from './auth/password-hasher.js';
import { AccountTokenEntity } from './entities/account-token.entity.js';
import { LicenseEntity } from './entities/license.entity.js';
import { LoginFailureEntity } from './entities/login-failure.entity.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { UserEntity } from './entities/user.entity.js';

/** The name a deleted account keeps, where a screen still shows who did something. */
export const DELETED_ACCOUNT_NAME = 'Deleted account';

/** Identity's part of download-my-data and delete-my-account: the profile and licenses. */
@Injectable()
export class IdentityAccountData implements AccountData {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async exportFor(userId: string): Promise<AccountDataSection[]> {
    const [user, licenses] = await Promise.all([
      this.db.manager.findOneByOrFail(UserEntity, { id: userId }),
      this.db.manager.find(LicenseEntity, { where: { userId }, order: { createdAt: 'ASC' } }),
    ]);
    return [
      {
        name: 'profile',
        data: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          profession: user.profession,
          roles: user.roles,
          emailVerifiedAt: user.emailVerifiedAt,
          createdAt: user.createdAt,
        },
      },
      {
        name: 'licenses',
        data: licenses.map(
          ({ state, profession, number, status, issuedOn, expiresOn, isPrimary }) => ({
            state,
            profession,
            number,
            status,
            issuedOn,
            expiresOn,
            primary: isPrimary,
          }),
        ),
      },
    ];
  }

  /**
   * Empties the account row of everything that named the person, and deletes their licenses,
   * sessions and one-time links. The password becomes a hash of a random secret nobody holds,
   * and the address one that cannot receive mail (`.invalid`, RFC 2606), so no one signs in.
   */
  async eraseFor(manager: EntityManager, userId: string, at: Date): Promise<void> {
    const user = await manager.findOneByOrFail(UserEntity, { id: userId });
    const passwordHash = await this.hasher.hash(randomBytes(32).toString('base64url'));
    await manager.delete(LicenseEntity, { userId });
    await manager.delete(RefreshTokenEntity, { userId });
    await manager.delete(AccountTokenEntity, { userId });
    // The sign-in throttle's count for this address names it.
    await manager.delete(LoginFailureEntity, { key: accountKey(user.email) });
    await manager.update(
      UserEntity,
      { id: userId },
      {
        email: `deleted-${userId}@deleted.invalid`,
        displayName: DELETED_ACCOUNT_NAME,
        passwordHash,
        roles: [],
        emailVerifiedAt: null,
        passwordChangedAt: at,
        deletedAt: at,
      },
    );
  }
}
