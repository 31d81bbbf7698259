import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { daysBetween, REMINDER_HORIZON_DAYS, reminderThreshold } from '@fascicle/learning';
import { RepeatingRun } from '../common/scheduling/repeating-run.js';
import { AppConfig } from '../config/app-config.js';
import { Clock, todayUtc } from '../config/clock.js';
import { CredentialsReader, type HeldCertificate } from '../credentials/credentials-reader.js';
import { EmailPreferences, EmailTopic } from '../identity/email-preferences.js';
import { IdentityReader, type AccountSummary } from '../identity/identity-reader.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';
import { MailQueue } from '../mail/mail-queue.js';
import type { OutgoingMail } from '../mail/mailer.js';
import {
  clinicCredentialNoticeEmail,
  credentialReminderEmail,
} from '../mail/templates/credential-reminder.js';
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
  private readonly repeating = new RepeatingRun();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly credentials: CredentialsReader,
    private readonly identity: IdentityReader,
    private readonly mail: MailQueue,
    private readonly preferences: EmailPreferences,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.repeating.start(
      this.config.reminderIntervalMinutes,
      () => this.run(),
      (error) => this.logger.error({ err: error }, 'reminder run failed'),
    );
  }

  onApplicationShutdown(): void {
    this.repeating.stop();
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
        const jobs: string[] = [];
        for (const mail of await this.mails(manager, certificate, holder, daysLeft)) {
          jobs.push(
            await this.mail.queue(
              manager,
              mail,
              `reminder:${certificate.id}:${threshold}:${mail.to}`,
            ),
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
   * The reminder to the holder and a notice to each admin of the clinics that require the
   * credential of them (matched as requirementTargetKey does: a program credential answers a
   * program), each to those who have not turned that email off.
   */
  private async mails(
    manager: EntityManager,
    certificate: HeldCertificate,
    holder: AccountSummary,
    daysLeft: number,
  ): Promise<OutgoingMail[]> {
    const rows = (await manager.query(
      `SELECT o.id AS "clinicId", o.name AS clinic, a.user_id AS "adminId"
         FROM memberships mine
         JOIN required_credentials r ON r.organization_id = mine.organization_id
              AND (r.program_id = $2::uuid OR ($2::uuid IS NULL AND r.course_id = $3::uuid))
         JOIN organizations o ON o.id = mine.organization_id
         LEFT JOIN memberships a ON a.organization_id = mine.organization_id
              AND a.role = 'ORG_ADMIN' AND a.status = 'ACTIVE'
        WHERE mine.user_id = $1 AND mine.status = 'ACTIVE' AND mine.required_to_hold
        ORDER BY o.name`,
      [certificate.userId, certificate.programId, certificate.courseId],
    )) as { clinicId: string; clinic: string; adminId: string | null }[];
    const credential = {
      title: certificate.title,
      code: certificate.code,
      expiresOn: certificate.expiresOn!,
      daysLeft,
      clinics: [...new Set(rows.map((row) => row.clinic))],
    };
    const base = this.config.publicUrl;
    const mails: OutgoingMail[] = [];
    if (holder.credentialReminders) {
      const topic = EmailTopic.CREDENTIAL_REMINDERS;
      mails.push(
        await credentialReminderEmail(
          holder.email,
          {
            name: holder.displayName,
            credential,
            renewUrl: certificate.courseSlug
              ? `${base}/courses/${encodeURIComponent(certificate.courseSlug)}`
              : `${base}/certificates`,
            unsubscribeUrl: this.preferences.pageUrl(holder.id, topic),
          },
          this.preferences.unsubscribeHeaders(holder.id, topic),
        ),
      );
    }
    const notices = rows.filter((row) => row.adminId !== null && row.adminId !== holder.id);
    const admins = await this.identity.accountsByIds(
      notices.map((row) => row.adminId!),
      manager,
    );
    const noticed = new Set<string>();
    for (const [i, row] of notices.entries()) {
      const admin = admins[i];
      // One notice per admin, naming the first clinic (by name) that requires it of the holder.
      if (!admin?.clinicNotices || noticed.has(admin.id)) continue;
      noticed.add(admin.id);
      const topic = EmailTopic.CLINIC_NOTICES;
      mails.push(
        await clinicCredentialNoticeEmail(
          admin.email,
          {
            holder: holder.displayName,
            clinic: row.clinic,
            credential,
            reportUrl: `${base}/clinics/${row.clinicId}`,
            unsubscribeUrl: this.preferences.pageUrl(admin.id, topic),
          },
          this.preferences.unsubscribeHeaders(admin.id, topic),
        ),
      );
    }
    return mails;
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
