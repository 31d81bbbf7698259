import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InvalidInputError, TooManyRequestsError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../config/clock.js';
import { MailQueue } from '../mail/mail-queue.js';
import { AccountTokens } from './auth/account-tokens.js';
import { PasswordHasher } from './auth/password-hasher.js';
import { RefreshTokens } from './auth/refresh-tokens.js';
import { AccountTokenPurpose } from './entities/account-token.entity.js';
import { UserEntity } from './entities/user.entity.js';
import { EmailVerified } from './events.js';
import { passwordResetEmail } from '../mail/templates/password-reset.js';
import { verifyEmailEmail } from '../mail/templates/verify-email.js';

/** How long a password-reset link works. */
export const RESET_LINK_MINUTES = 30;
/** How long an email-verification link works. */
export const VERIFY_LINK_DAYS = 7;
/** Links of one kind one account may be sent in an hour: a mailbox is not a target. */
export const LINKS_PER_ACCOUNT_PER_HOUR = 3;
const HOUR_MS = 3_600_000;

/**
 * Getting back into an account and proving its address, both by a link sent by email. The
 * token rides in the link's fragment (`#token=`), which browsers do not send to the server,
 * so it never reaches an access log or a Referer header.
 */
@Injectable()
export class AccountRecoveryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: AccountTokens,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokens,
    private readonly mail: MailQueue,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Sends a reset link if the address has an account. The caller answers the same either
   * way, so the form tells nobody which addresses have accounts; past the per-account limit
   * it silently sends nothing, for the same reason.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.db.manager.findOneBy(UserEntity, { email: email.trim().toLowerCase() });
    if (!user || (await this.overLimit(user.id, AccountTokenPurpose.PASSWORD_RESET))) return;
    const jobs = await this.db.transaction(async (manager) => {
      const token = await this.tokens.issue(
        manager,
        AccountTokenPurpose.PASSWORD_RESET,
        user,
        RESET_LINK_MINUTES * 60_000,
      );
      return [
        await this.mail.queue(
          manager,
          await passwordResetEmail(user.email, {
            name: user.displayName,
            resetUrl: `${this.config.publicUrl}/reset-password#token=${token}`,
            minutes: RESET_LINK_MINUTES,
          }),
        ),
      ];
    });
    await this.mail.sendQueued(jobs);
  }

  /**
   * Sets the new password if the token is good, and ends every session: whoever asked for
   * the reset may be reacting to someone else in the account. Access tokens already handed
   * out are not checked against the database and stop working within their 15 minutes.
   * Opening the link proves the address too, so an unverified one becomes verified.
   */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const passwordHash = await this.hasher.hash(newPassword);
    const verified = await this.db.transaction(async (manager) => {
      const claimed = await this.tokens.claim(manager, AccountTokenPurpose.PASSWORD_RESET, token);
      if (!claimed) throw linkNotValid('token', 'reset');
      const now = this.clock.now();
      // A link sent to an address the account no longer has resets nothing.
      const [rows] = (await manager.query(
        `UPDATE users SET password_hash = $2, password_changed_at = $3,
                email_verified_at = COALESCE(email_verified_at, $3)
          WHERE id = $1 AND email = $4
          RETURNING (email_verified_at = $3) AS "newlyVerified"`,
        [claimed.userId, passwordHash, now, claimed.email],
      )) as [{ newlyVerified: boolean }[], number];
      if (rows.length === 0) throw linkNotValid('token', 'reset');
      await this.refreshTokens.revokeAllForUser(claimed.userId, 'PASSWORD_RESET', manager);
      return rows[0]!.newlyVerified ? claimed.userId : null;
    });
    if (verified) await this.events.emitAsync(EmailVerified.event, new EmailVerified(verified));
  }

  /** Sends the link that verifies the account's current address (after sign-up, or again). */
  async sendVerification(userId: string): Promise<boolean> {
    const user = await this.db.manager.findOneByOrFail(UserEntity, { id: userId });
    if (user.emailVerifiedAt) return false;
    if (await this.overLimit(user.id, AccountTokenPurpose.EMAIL_VERIFICATION)) {
      throw new TooManyRequestsError(
        `We sent ${LINKS_PER_ACCOUNT_PER_HOUR} links in the last hour; check your inbox and spam folder, or try again later`,
      );
    }
    const jobs = await this.db.transaction(async (manager) => {
      const token = await this.tokens.issue(
        manager,
        AccountTokenPurpose.EMAIL_VERIFICATION,
        user,
        VERIFY_LINK_DAYS * 24 * HOUR_MS,
      );
      return [
        await this.mail.queue(
          manager,
          await verifyEmailEmail(user.email, {
            name: user.displayName,
            verifyUrl: `${this.config.publicUrl}/verify-email#token=${token}`,
            days: VERIFY_LINK_DAYS,
          }),
        ),
      ];
    });
    await this.mail.sendQueued(jobs);
    return true;
  }

  /** Marks the address the link was sent to as verified, if it is still the account's. */
  async verifyEmail(token: string): Promise<void> {
    const newlyVerified = await this.db.transaction(async (manager) => {
      const claimed = await this.tokens.claim(
        manager,
        AccountTokenPurpose.EMAIL_VERIFICATION,
        token,
      );
      if (!claimed) throw linkNotValid('token', 'verification');
      const [rows] = (await manager.query(
        `UPDATE users SET email_verified_at = $3
          WHERE id = $1 AND email = $2 AND email_verified_at IS NULL RETURNING id`,
        [claimed.userId, claimed.email, this.clock.now()],
      )) as [{ id: string }[], number];
      return rows.length > 0 ? claimed.userId : null;
    });
    if (newlyVerified) {
      await this.events.emitAsync(EmailVerified.event, new EmailVerified(newlyVerified));
    }
  }

  private async overLimit(userId: string, purpose: AccountTokenPurpose): Promise<boolean> {
    const since = new Date(this.clock.now().getTime() - HOUR_MS);
    return (await this.tokens.sentSince(userId, purpose, since)) >= LINKS_PER_ACCOUNT_PER_HOUR;
  }
}

function linkNotValid(field: string, kind: 'reset' | 'verification'): InvalidInputError {
  return InvalidInputError.of(
    field,
    kind === 'reset'
      ? 'This reset link has expired or was already used: ask for a new one'
      : 'This verification link has expired or was already used: send yourself a new one',
  );
}
