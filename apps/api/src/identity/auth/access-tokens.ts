import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import { isRole } from '@fascicle/common';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../../config/clock.js';
import type { Principal } from './principal.js';
import { VerifiedTokens } from './verified-tokens.js';

/** Fixed: a token naming any other algorithm (including `none`) is refused. */
const ALGORITHM = 'HS256';

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

/**
 * Short-lived access tokens (JWT, 15 minutes). They are not stored: a replica verifies
 * them with the shared secret alone, which keeps the API stateless.
 */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  async issue(principal: Principal): Promise<IssuedAccessToken> {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    const expiresAt = issuedAt + this.config.accessTokenTtlSeconds;
    const token = await new SignJWT({ roles: principal.roles })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(principal.userId)
      .setIssuer(this.config.jwtIssuer)
      .setAudience(this.config.jwtAudience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setJti(randomUUID())
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The principal a token proves, or null for any token that is not valid now. */
  async verifyOrNull(token: string): Promise<Principal | null> {
    const now = this.clock.now();
    const known = this.verified.principal(token, now);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: this.config.jwtIssuer,
        audience: this.config.jwtAudience,
        requiredClaims: ['sub', 'exp', 'iat'],
        currentDate: now,
      });
      const roles = payload['roles'];
      if (typeof payload.sub !== 'string' || !Array.isArray(roles) || !roles.every(isRole)) {
        return null;
      }
      // Shared by every later request with the same token: frozen, so none can change it.
      const principal: Principal = Object.freeze({ userId: payload.sub, roles });
      Object.freeze(roles);
      // `exp` is required and jose checked it is a number.
      this.verified.remember(token, principal, payload.nbf, payload.exp!);
      return principal;
    } catch {
      return null;
    }
  }
}
