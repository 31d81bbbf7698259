import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { daysBetween, REMINDER_HORIZON_DAYS, reminderThreshold } from '@fascicle/learning';
import { AppConfig } from '../config/app-config.js';
import { Clock, todayUtc } from '../config/clock.js';
import { CredentialsReader, type HeldCertificate } from '../credentials/credentials-reader.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';
import { MailQueue } from '../mail/mail-queue.js';
import { requirementTargetKey } from './requirement-target.js';

/**
 * The reminder job. Each due (certificate, threshold) is claimed with an INSERT … ON
 * CONFLICT DO NOTHING in the transaction that queues its mails: of two runs at once (or two
 * replicas), exactly one inserts, and the mails exist if and only if the claim committed.
 * They are sent after the commit, through the job queue, so no transaction (on the embedded
 * database, its only connection) waits on a mail server, and a failed send is retried by the
 * queue rather than by the next run. Which threshold is due is `reminderThreshold`'s to say.
 */
@Injectable()
export class CredentialReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly credentials: CredentialsReader,
    private readonly identity: IdentityReader,
    private readonly mail: MailQueue,
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

  /** Sends what is due; returns how many reminders (certificate × threshold) it claimed. */
  async run(): Promise<number> {
    const today = todayUtc(this.clock);
    const due = await this.required(
      await this.credentials.expiringWithin(today, REMINDER_HORIZON_DAYS),
    );
    const holders = await this.identity.accountsByIds([...new Set(due.map((c) => c.userId))]);
    const holderById = new Map(holders.flatMap((holder) => (holder ? [[holder.id, holder]] : [])));
    let sent = 0;
    const mailJobs: string[] = [];
    for (const certificate of due) {
      const daysLeft = daysBetween(today, certificate.expiresOn!);
      const threshold = reminderThreshold(daysLeft);
      const holder = holderById.get(certificate.userId);
      if (threshold === null || !holder) continue;
      const queued = await this.db.transaction(async (manager) => {
        // An INSERT … RETURNING answers the inserted rows: none when another run got there first.
        const rows = (await manager.query(
          `INSERT INTO credential_reminders (certificate_id, days_before, sent_at) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING certificate_id`,
          [certificate.id, threshold, this.clock.now()],
        )) as unknown[];
        if (rows.length === 0) return null;
        // The admins of the clinics that require this credential of the holder, and only those
        // (matched as requirementTargetKey does: a program credential answers a program).
        const admins = (await manager.query(
          `SELECT DISTINCT a.user_id AS "userId" FROM memberships mine
             JOIN required_credentials r ON r.organization_id = mine.organization_id
                  AND (r.program_id = $2::uuid OR ($2::uuid IS NULL AND r.course_id = $3::uuid))
             JOIN memberships a ON a.organization_id = mine.organization_id
                  AND a.role = 'ORG_ADMIN' AND a.status = 'ACTIVE'
            WHERE mine.user_id = $1 AND mine.status = 'ACTIVE' AND mine.required_to_hold`,
          [certificate.userId, certificate.programId, certificate.courseId],
        )) as { userId: string }[];
        const adminAccounts = await this.identity.accountsByIds(
          admins.map((admin) => admin.userId),
          manager,
        );
        const subject = `${certificate.title} expires on ${certificate.expiresOn} (${daysLeft} days)`;
        const recipients = [holder.email, ...adminAccounts.flatMap((a) => (a ? [a.email] : []))];
        const jobs: string[] = [];
        for (const to of new Set(recipients)) {
          const mail = {
            to,
            subject,
            text: [
              `${holder.displayName}'s credential "${certificate.title}" (certificate ${certificate.code})`,
              `expires on ${certificate.expiresOn}, in ${daysLeft} days.`,
              '',
              `Renew it on Fascicle before then. Verify it at ${this.config.publicUrl}/verify/${certificate.code}`,
            ].join('\n'),
          };
          jobs.push(
            await this.mail.queue(manager, mail, `reminder:${certificate.id}:${threshold}:${to}`),
          );
        }
        return jobs;
      });
      if (queued === null) continue;
      sent += 1;
      mailJobs.push(...queued);
    }
    await this.mail.sendQueued(mailJobs);
    return sent;
  }

  /**
   * Of the certificates, those a clinic requires of their holder: an active member it has not
   * released from holding its credentials (a clinic admin who does not practise).
   */
  private async required(certificates: HeldCertificate[]): Promise<HeldCertificate[]> {
    if (certificates.length === 0) return [];
    const requirements = (await this.db.query(
      `SELECT DISTINCT m.user_id AS "userId", r.program_id AS "programId", r.course_id AS "courseId"
         FROM memberships m JOIN required_credentials r ON r.organization_id = m.organization_id
        WHERE m.status = 'ACTIVE' AND m.required_to_hold AND m.user_id = ANY($1::uuid[])`,
      [[...new Set(certificates.map((c) => c.userId))]],
    )) as { userId: string; programId: string | null; courseId: string | null }[];
    const required = new Set(requirements.map((r) => requirementTargetKey(r.userId, r)));
    return certificates.filter((c) => required.has(requirementTargetKey(c.userId, c)));
  }
}
