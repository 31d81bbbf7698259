import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../config/clock.js';
import { AccountTokenEntity, AccountTokenPurpose } from '../entities/account-token.entity.js';
import { hashToken } from '../../common/tokens/token-hash.js';

/** What a claimed token was for: whose account, and the address it was sent to. */
export interface ClaimedToken {
  userId: string;
  email: string;
}

/**
 * Single-use tokens sent by email. The link holds 256 random bits; the table holds their
 * SHA-256, so a copy of the database opens no account. Claiming is one conditional UPDATE:
 * of two uses at once, one wins.
 */
@Injectable()
export class AccountTokens {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A new token; earlier unused ones for the same purpose stop working (the newest link counts). */
  async issue(
    manager: EntityManager,
    purpose: AccountTokenPurpose,
    user: { id: string; email: string },
    lifetimeMs: number,
  ): Promise<string> {
    const now = this.clock.now();
    await manager.query(
      `UPDATE account_tokens SET used_at = $3
        WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [user.id, purpose, now],
    );
    const token = randomBytes(32).toString('base64url');
    await manager.insert(AccountTokenEntity, {
      userId: user.id,
      purpose,
      tokenHash: hashToken(token),
      email: user.email,
      createdAt: now,
      expiresAt: new Date(now.getTime() + lifetimeMs),
    });
    return token;
  }

  /** Uses the token, if it is one for this purpose, unused and unexpired; else null. */
  async claim(
    manager: EntityManager,
    purpose: AccountTokenPurpose,
    token: string,
  ): Promise<ClaimedToken | null> {
    const now = this.clock.now();
    const [rows] = (await manager.query(
      `UPDATE account_tokens SET used_at = $3
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
        RETURNING user_id AS "userId", email`,
      [hashToken(token), purpose, now],
    )) as [ClaimedToken[], number];
    return rows[0] ?? null;
  }

  /** How many tokens of this purpose the account was sent since `since` (a sending limit). */
  async sentSince(userId: string, purpose: AccountTokenPurpose, since: Date): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS sent FROM account_tokens
        WHERE user_id = $1 AND purpose = $2 AND created_at > $3`,
      [userId, purpose, since],
    )) as { sent: number }[];
    return row!.sent;
  }
}
