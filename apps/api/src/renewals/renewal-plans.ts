import { Injectable } from '@nestjs/common';
import {
  renewalCycleFor,
  renewalPlan,
  type PlanCredit,
  type RenewalCycleRule,
  type RenewalPlan,
} from '@fascicle/regulation';
import { Clock, todayUtc } from '../config/clock.js';
import { CredentialsReader, type Certificate } from '../credentials/credentials-reader.js';
import type { OutsideCeRecordEntity } from './entities/outside-ce-record.entity.js';
import { OutsideCe } from './outside-ce.service.js';

/** What a plan needs of a license (read through the identity module). */
export interface PlannedLicense {
  id: string;
  userId: string;
  state: string;
  expiresOn: string | null;
}

/** A person's credits with what the audit pack prints from them. */
export interface PersonCredits {
  certificates: Certificate[];
  outside: OutsideCeRecordEntity[];
  credits: PlanCredit[];
}

export interface LicensePlan {
  license: PlannedLicense;
  rule: RenewalCycleRule | null;
  plan: RenewalPlan;
}

const round = (hours: number) => Math.round(hours * 100) / 100;

/**
 * A certificate as a credit: its CE hours on its completion date; the self-paced part is its
 * online share (online and live minutes are on the certificate). Fascicle courses are not
 * tagged with the boards' topics, so a certificate meets no required topic by itself.
 */
export function certificateCredit(certificate: Certificate): PlanCredit {
  const hours = certificate.ceHours;
  const online = certificate.onlineMinutes;
  const live = certificate.liveMinutes;
  const selfPaced =
    online + live > 0
      ? (hours * online) / (online + live)
      : certificate.deliveryMethod === 'online'
        ? hours
        : 0;
  return {
    id: certificate.id,
    source: 'FASCICLE',
    provider: certificate.provider,
    title: certificate.title,
    completedOn: certificate.completedOn,
    hours,
    selfPacedHours: round(selfPaced),
    topics: [],
  };
}

export function outsideCredit(row: OutsideCeRecordEntity): PlanCredit {
  return {
    id: row.id,
    source: 'OUTSIDE',
    provider: row.provider,
    title: row.title,
    completedOn: row.completedOn,
    hours: row.hours,
    selfPacedHours: row.selfPaced ? row.hours : 0,
    topics: row.topics,
  };
}

/** Renewal plans from the licenses' state rules and their holders' credits, in batches. */
@Injectable()
export class RenewalPlans {
  constructor(
    private readonly credentials: CredentialsReader,
    private readonly outside: OutsideCe,
    private readonly clock: Clock,
  ) {}

  /** Each user's certificates and outside records: two queries however many users. */
  async creditsOf(userIds: readonly string[]): Promise<Map<string, PersonCredits>> {
    const unique = [...new Set(userIds)];
    const [certificates, outside] = [
      await this.credentials.ceCertificatesByUserIds(unique),
      await this.outside.byUserIds(unique),
    ];
    return new Map(
      unique.map((userId, i) => [
        userId,
        {
          certificates: certificates[i]!,
          outside: outside[i]!,
          credits: [...certificates[i]!.map(certificateCredit), ...outside[i]!.map(outsideCredit)],
        },
      ]),
    );
  }

  plan(
    license: PlannedLicense,
    credits: PersonCredits,
    onDate = todayUtc(this.clock),
  ): LicensePlan {
    const rule = renewalCycleFor(license.state);
    return {
      license,
      rule,
      plan: renewalPlan({
        rule,
        state: license.state,
        expiresOn: license.expiresOn,
        onDate,
        credits: credits.credits,
      }),
    };
  }

  /** Plans for licenses of any number of people: two queries in all. */
  async plans(licenses: readonly PlannedLicense[], onDate?: string): Promise<LicensePlan[]> {
    const credits = await this.creditsOf(licenses.map((license) => license.userId));
    return licenses.map((license) => this.plan(license, credits.get(license.userId)!, onDate));
  }
}
