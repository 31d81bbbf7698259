import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '../common/errors/domain-error.js';
import { AccessTokens } from './auth/access-tokens.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { PasswordHasher } from './auth/password-hasher.js';
import { RefreshTokens } from './auth/refresh-tokens.js';
import { AccountsService } from './accounts.service.js';
import type { UserEntity } from './entities/user.entity.js';
import { AuthPayloadModel } from './models/auth-payload.model.js';
import { UserModel } from './models/user.model.js';

/** The one message for an unknown email and a wrong password alike. */
const BAD_CREDENTIALS = 'Email or password is not correct';

/** Signing in and out: access tokens, refresh-token rotation, login throttling. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokens,
    private readonly refreshTokens: RefreshTokens,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(email: string, password: string, address: string): Promise<AuthPayloadModel> {
    // Claimed before hashing, so past the limit no guess reaches argon2, even in a burst.
    await this.throttle.claim(email, address);
    const user = await this.accounts.findByEmail(email);
    // Verify even without a user, against a decoy hash: the answer and its timing match.
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      throw new UnauthenticatedError(BAD_CREDENTIALS, { reason: 'BAD_CREDENTIALS' });
    }
    await this.throttle.recordSuccess(email, address);
    return this.startSession(user);
  }

  async startSession(user: UserEntity): Promise<AuthPayloadModel> {
    const refresh = await this.refreshTokens.issue(user.id);
    return this.payload(user, refresh);
  }

  async refresh(token: string): Promise<AuthPayloadModel> {
    const result = await this.refreshTokens.rotate(token);
    if (result.outcome !== 'ROTATED') {
      throw new UnauthenticatedError('This session has ended; sign in again', {
        reason: result.outcome === 'REUSED' ? 'REFRESH_TOKEN_REUSED' : 'REFRESH_TOKEN_INVALID',
      });
    }
    // Roles are read afresh, so a role change reaches the next access token.
    const user = await this.accounts.getById(result.userId);
    return this.payload(user, result.next);
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are ignored. */
  async logout(token: string): Promise<void> {
    await this.refreshTokens.revokeByToken(token, 'LOGOUT');
  }

  async logoutEverywhere(userId: string): Promise<void> {
    await this.refreshTokens.revokeAllForUser(userId, 'LOGOUT_EVERYWHERE');
  }

  private async payload(
    user: UserEntity,
    refresh: { token: string; expiresAt: Date },
  ): Promise<AuthPayloadModel> {
    const access = await this.accessTokens.issue({ userId: user.id, roles: user.roles });
    return Object.assign(new AuthPayloadModel(), {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      user: UserModel.from(user),
    });
  }
}
