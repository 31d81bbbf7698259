import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { RepeatingRun } from '../common/scheduling/repeating-run.js';
import { AppConfig } from '../config/app-config.js';
import { Clock, todayUtc } from '../config/clock.js';
import { EmailPreferences, EmailTopic } from '../identity/email-preferences.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';
import { MailQueue } from '../mail/mail-queue.js';
import { renewalReminderEmail } from '../mail/templates/renewal-reminder.js';
import { RenewalPlans, type LicensePlan } from './renewal-plans.js';
import { daysFrom } from '@fascicle/regulation';

/**
 * Days before the renewal date when a learner with CE still missing is reminded. 90: a board
 * may accept the renewal three months ahead (Texas: "at any time in the three months prior to
 * its expiration date") and live courses, which Florida requires 12 hours of, fill weeks
 * ahead; 60: the "renewing within 60 days" window; 30: a last call, still time for a
 * weekend course. No reminder closer than that: nagging in the final days helps no one plan.
 */
export const RENEWAL_THRESHOLDS: readonly number[] = [90, 60, 30];
const HORIZON = Math.max(...RENEWAL_THRESHOLDS);

/** The nearest threshold reached, so a license found late gets one reminder, not a burst. */
export function renewalThreshold(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const reached = RENEWAL_THRESHOLDS.filter((threshold) => daysLeft <= threshold);
  return reached.length > 0 ? Math.min(...reached) : null;
}

/**
 * The renewal reminder job, built like the credential reminders: each due (license, cycle,
 * threshold) is claimed with an INSERT … ON CONFLICT DO NOTHING in the transaction that queues
 * its mail, so of two runs at once (or two replicas) exactly one sends, and the mail exists if
 * and only if the claim committed. A new cycle (a later expiry date) starts its thresholds anew.
 */
@Injectable()
export class RenewalReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly repeating = new RepeatingRun();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly identity: IdentityReader,
    private readonly plans: RenewalPlans,
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
      (error) => this.logger.error({ err: error }, 'renewal reminder run failed'),
    );
  }

  onApplicationShutdown(): void {
    this.repeating.stop();
  }

  /** Sends what is due; returns how many reminders (license × cycle × threshold) it claimed. */
  async run(): Promise<number> {
    const today = todayUtc(this.clock);
    const horizon = new Date(`${today}T00:00:00Z`);
    horizon.setUTCDate(horizon.getUTCDate() + HORIZON);
    const licenses = await this.identity.licensesExpiringBetween(
      today,
      horizon.toISOString().slice(0, 10),
    );
    const due = (
      await this.plans.plans(
        licenses.map((l) => ({
          id: l.id,
          userId: l.userId,
          state: l.state,
          expiresOn: l.expiresOn,
        })),
        today,
      )
    ).filter(({ plan }) => plan.complete === false);
    const holders = await this.identity.accountsByIds([
      ...new Set(due.map((p) => p.license.userId)),
    ]);
    const holderById = new Map(holders.flatMap((holder) => (holder ? [[holder.id, holder]] : [])));
    let sent = 0;
    const mailJobs: string[] = [];
    for (const item of due) {
      const cycleEnd = item.license.expiresOn!;
      const threshold = renewalThreshold(daysFrom(today, cycleEnd));
      const holder = holderById.get(item.license.userId);
      if (threshold === null || !holder) continue;
      const queued = await this.db.transaction(async (manager) => {
        const rows = (await manager.query(
          `INSERT INTO renewal_reminders (license_id, cycle_end, days_before, sent_at)
           VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING license_id`,
          [item.license.id, cycleEnd, threshold, this.clock.now()],
        )) as unknown[];
        if (rows.length === 0) return null;
        // The claim is made whether or not the holder wants the email: turning it back on
        // later does not replay old thresholds.
        if (!holder.credentialReminders) return [];
        const topic = EmailTopic.CREDENTIAL_REMINDERS;
        const mail = await renewalReminderEmail(
          holder.email,
          {
            name: holder.displayName,
            renewal: this.renewal(item, today),
            planUrl: `${this.config.publicUrl}/renewal-planner`,
            unsubscribeUrl: this.preferences.pageUrl(holder.id, topic),
          },
          this.preferences.unsubscribeHeaders(holder.id, topic),
        );
        return [
          await this.mail.queue(
            manager,
            mail,
            `renewal:${item.license.id}:${cycleEnd}:${threshold}`,
          ),
        ];
      });
      if (queued === null) continue;
      sent += 1;
      mailJobs.push(...queued);
    }
    await this.mail.sendQueued(mailJobs);
    return sent;
  }

  private renewal({ license, rule, plan }: LicensePlan, today: string) {
    return {
      license: rule ? `${rule.name} physical therapist license` : `${license.state} license`,
      dueOn: license.expiresOn!,
      daysLeft: daysFrom(today, license.expiresOn!),
      stillNeededHours: plan.stillNeededHours,
      missingTopics: plan.topics.filter((t) => !t.met && t.when === null).map((t) => t.label),
    };
  }
}
