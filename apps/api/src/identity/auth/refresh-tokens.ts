import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../../config/clock.js';
import { RefreshTokenEntity } from '../entities/refresh-token.entity.js';
import { hashToken } from '../../common/tokens/token-hash.js';

export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

export type RotationResult =
  | { outcome: 'ROTATED'; userId: string; next: IssuedRefreshToken }
  | { outcome: 'REUSED' | 'INVALID' };

/**
 * Rotating refresh tokens. The client holds a random 256-bit token; the database holds its
 * SHA-256 (a database leak yields no usable tokens; the token's entropy makes a slow hash
 * unnecessary).
 */
@Injectable()
export class RefreshTokens {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async issue(userId: string, familyId: string = randomUUID(), manager?: EntityManager) {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(
      this.clock.now().getTime() + this.config.refreshTokenTtlDays * 86_400_000,
    );
    await (manager ?? this.db.manager).insert(RefreshTokenEntity, {
      userId,
      familyId,
      tokenHash: hashToken(token),
      expiresAt,
      createdAt: this.clock.now(),
    });
    return { token, expiresAt };
  }

  /**
   * Uses a token once. The conditional UPDATE makes the first of two concurrent refreshes
   * win; the second sees a used token, which is exactly what a stolen copy looks like, so
   * the whole family is revoked and both holders must sign in again.
   */
  async rotate(token: string): Promise<RotationResult> {
    return this.db.transaction(async (manager) => {
      const now = this.clock.now();
      const claimed = await manager
        .createQueryBuilder()
        .update(RefreshTokenEntity)
        .set({ usedAt: now })
        .where('token_hash = :hash', { hash: hashToken(token) })
        .andWhere('used_at IS NULL AND revoked_at IS NULL AND expires_at > :now', { now })
        .returning('user_id, family_id')
        .execute();
      const row = (claimed.raw as { user_id: string; family_id: string }[])[0];
      if (row) {
        const next = await this.issue(row.user_id, row.family_id, manager);
        return { outcome: 'ROTATED', userId: row.user_id, next };
      }
      const known = await manager.findOne(RefreshTokenEntity, {
        where: { tokenHash: hashToken(token) },
      });
      if (known?.usedAt && !known.revokedAt) {
        await this.revokeFamily(known.familyId, 'REUSE_DETECTED', manager);
        return { outcome: 'REUSED' };
      }
      return { outcome: 'INVALID' };
    });
  }

  /** Revokes the family the token belongs to (one device's session). */
  async revokeByToken(token: string, reason: string): Promise<string | null> {
    const known = await this.db.manager.findOne(RefreshTokenEntity, {
      where: { tokenHash: hashToken(token) },
    });
    if (!known) return null;
    await this.revokeFamily(known.familyId, reason);
    return known.userId;
  }

  async revokeAllForUser(userId: string, reason: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.db.manager).query(
      `UPDATE refresh_tokens SET revoked_at = $2, revoked_reason = $3
        WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, this.clock.now(), reason],
    );
  }

  private async revokeFamily(familyId: string, reason: string, manager?: EntityManager) {
    await (manager ?? this.db.manager).query(
      `UPDATE refresh_tokens SET revoked_at = $2, revoked_reason = $3
        WHERE family_id = $1 AND revoked_at IS NULL`,
      [familyId, this.clock.now(), reason],
    );
  }
}
