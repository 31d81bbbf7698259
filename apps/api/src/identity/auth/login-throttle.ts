import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { Clock } from '../../config/clock.js';
import { TooManyRequestsError } from '../../common/errors/domain-error.js';

interface ThrottleKey {
  key: string;
  limit: number;
}

/**
 * Counts failed logins per account (the email as typed, whether or not it exists) and per
 * client address, in a fixed window. Past the limit, login is refused until the window
 * ends, with the same answer for known and unknown emails.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    const rows: { key: string; failures: number }[] = await this.db.query(
      `SELECT key, failures FROM login_failures
        WHERE key = ANY($1) AND window_started_at > $2`,
      [keys.map((k) => k.key), this.windowStart()],
    );
    const blocked = rows.some((row) => row.failures >= keys.find((k) => k.key === row.key)!.limit);
    if (blocked) {
      throw new TooManyRequestsError(
        'Too many failed sign-in attempts. Wait 15 minutes or reset your password.',
      );
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const now = this.clock.now();
    for (const { key } of this.keys(email, address)) {
      // One statement, so two replicas counting the same key at once both count.
      await this.db.query(
        `INSERT INTO login_failures (key, failures, window_started_at) VALUES ($1, 1, $2)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN login_failures.window_started_at <= $3 THEN 1
                           ELSE login_failures.failures + 1 END,
           window_started_at = CASE WHEN login_failures.window_started_at <= $3 THEN $2
                                    ELSE login_failures.window_started_at END`,
        [key, now, this.windowStart()],
      );
    }
  }

  /** A successful login clears the account's count; the address keeps its own. */
  async recordSuccess(email: string): Promise<void> {
    await this.db.query(`DELETE FROM login_failures WHERE key = $1`, [accountKey(email)]);
  }

  private keys(email: string, address: string): ThrottleKey[] {
    return [
      { key: accountKey(email), limit: this.config.loginMaxFailuresPerAccount },
      { key: `address:${address}`, limit: this.config.loginMaxFailuresPerAddress },
    ];
  }

  private windowStart(): Date {
    return new Date(this.clock.now().getTime() - this.config.loginFailureWindowSeconds * 1000);
  }
}

function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}
