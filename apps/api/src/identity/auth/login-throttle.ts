import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../../config/clock.js';
import { TooManyRequestsError } from '../../common/errors/domain-error.js';

/**
 * Counts login attempts per account (the email as typed, whether or not it exists) and per
 * client address, in a fixed window, in PostgreSQL so that every replica shares the count.
 *
 * An attempt claims its slot on both keys before the password is checked, so a burst of
 * concurrent attempts cannot all read "under the limit" and all reach the hasher: at most the
 * limit do. A failure simply keeps its slot; a success clears the account's count and hands
 * the address its slot back. Past the limit, login is refused until the window ends, with the
 * same answer for known and unknown emails.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Counts this attempt on both keys, or refuses it (counting nothing) past either limit. */
  async claim(email: string, address: string): Promise<void> {
    const now = this.clock.now();
    const account = accountKey(email);
    const limits = new Map([
      [account, this.config.loginMaxFailuresPerAccount],
      [addressKey(address), this.config.loginMaxFailuresPerAddress],
    ]);
    await this.db.transaction(async (manager) => {
      // The upsert locks both rows until the transaction ends, so concurrent attempts on a key
      // take turns. Rows are always locked account first, then address: no two attempts can
      // each hold a row the other waits for.
      const rows: { key: string; failures: number }[] = await manager.query(
        `INSERT INTO login_failures (key, failures, window_started_at)
         VALUES ($1, 1, $3), ($2, 1, $3)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN login_failures.window_started_at <= $4 THEN 1
                           ELSE login_failures.failures + 1 END,
           window_started_at = CASE WHEN login_failures.window_started_at <= $4 THEN $3
                                    ELSE login_failures.window_started_at END
         RETURNING key, failures`,
        [account, addressKey(address), now, this.windowStart(now)],
      );
      if (rows.some((row) => row.failures > limits.get(row.key)!)) {
        // Thrown inside the transaction, so the refused attempt is rolled back: otherwise one
        // address past its limit could keep counting against (and lock) other people's accounts.
        throw new TooManyRequestsError(
          'Too many failed sign-in attempts. Wait 15 minutes or reset your password.',
        );
      }
    });
  }

  /** A successful login clears the account's count and returns the address's slot. */
  async recordSuccess(email: string, address: string): Promise<void> {
    const now = this.clock.now();
    await this.db.query(
      `WITH cleared AS (DELETE FROM login_failures WHERE key = $1)
       UPDATE login_failures SET failures = GREATEST(failures - 1, 0)
        WHERE key = $2 AND window_started_at > $3`,
      [accountKey(email), addressKey(address), this.windowStart(now)],
    );
  }

  private windowStart(now: Date): Date {
    return new Date(now.getTime() - this.config.loginFailureWindowSeconds * 1000);
  }
}

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

function addressKey(address: string): string {
  return `address:${address}`;
}
