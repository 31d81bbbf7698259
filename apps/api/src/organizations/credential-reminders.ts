import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config.js';
import { Clock, todayUtc } from '../config/clock.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';
import { Mailer } from '../mail/mailer.js';

/** Days before expiry at which the member and their clinic admins are told. */
export const REMINDER_THRESHOLDS = [60, 30, 7] as const;

/**
 * The reminder job. Each due (certificate, threshold) is claimed with an INSERT … ON
 * CONFLICT DO NOTHING in the transaction that sends its mails: of two runs at once (or two
 * replicas), exactly one inserts, and a failed send rolls the claim back for the next run.
 * A certificate found late gets only its nearest threshold, not a burst of old ones.
 */
@Injectable()
export class CredentialReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.reminderIntervalMinutes === 0) return;
    this.timer = setInterval(() => {
      this.run().catch((error: unknown) =>
        this.logger.error({ err: error }, 'reminder run failed'),
      );
    }, this.config.reminderIntervalMinutes * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Sends what is due; returns how many reminders (certificate × threshold) went out. */
  async run(): Promise<number> {
    const today = todayUtc(this.clock);
    const due = (await this.db.query(
      `SELECT DISTINCT c.id, c.code, c.title, c.expires_on::text AS "expiresOn", u.email,
              u.display_name AS "name", (c.expires_on - $1::date) AS "daysLeft"
         FROM certificates c
         JOIN users u ON u.id = c.user_id
         LEFT JOIN enrollments e ON e.id = c.enrollment_id
         JOIN memberships m ON m.user_id = c.user_id AND m.status = 'ACTIVE'
         JOIN required_credentials r ON r.organization_id = m.organization_id
              AND (r.program_id = c.program_id OR r.course_id = e.course_id)
        WHERE c.revoked_at IS NULL AND c.expires_on >= $1::date
          AND c.expires_on <= $1::date + ${REMINDER_THRESHOLDS[0]}`,
      [today],
    )) as {
      id: string;
      code: string;
      title: string;
      expiresOn: string;
      email: string;
      name: string;
      daysLeft: number;
    }[];
    let sent = 0;
    for (const certificate of due) {
      const threshold = Math.min(...REMINDER_THRESHOLDS.filter((t) => certificate.daysLeft <= t));
      const claimed = await this.db.transaction(async (manager) => {
        // An INSERT … RETURNING answers the inserted rows: none when another run got there first.
        const rows = (await manager.query(
          `INSERT INTO credential_reminders (certificate_id, days_before, sent_at) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING certificate_id`,
          [certificate.id, threshold, this.clock.now()],
        )) as unknown[];
        if (rows.length === 0) return false;
        const admins = (await manager.query(
          `SELECT DISTINCT u.email FROM memberships mine
             JOIN memberships a ON a.organization_id = mine.organization_id
                  AND a.role = 'ORG_ADMIN' AND a.status = 'ACTIVE'
             JOIN users u ON u.id = a.user_id
            WHERE mine.user_id = (SELECT user_id FROM certificates WHERE id = $1)
              AND mine.status = 'ACTIVE'`,
          [certificate.id],
        )) as { email: string }[];
        const subject = `${certificate.title} expires on ${certificate.expiresOn} (${certificate.daysLeft} days)`;
        for (const to of new Set([certificate.email, ...admins.map((a) => a.email)])) {
          await this.mailer.send({
            to,
            subject,
            text: [
              `${certificate.name}'s credential "${certificate.title}" (certificate ${certificate.code})`,
              `expires on ${certificate.expiresOn}, in ${certificate.daysLeft} days.`,
              '',
              `Renew it on Fascicle before then. Verify it at ${this.config.publicUrl}/verify/${certificate.code}`,
            ].join('\n'),
          });
        }
        return true;
      });
      if (claimed) sent += 1;
    }
    return sent;
  }
}
