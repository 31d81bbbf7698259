import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ConnectionArgs } from '../common/pagination/connection.args.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { suppressSmallGroups, type AdverseEventGroup } from './adverse-event-groups.js';
import type {
  RecordAdverseEventInput,
  RecordTreatmentCountInput,
} from './dto/adverse-event.input.js';
import { AdverseEventEntity } from './entities/adverse-event.entity.js';
import { TreatmentCountEntity } from './entities/treatment-count.entity.js';
import { requirePatientFree } from './patient-free.js';
import { keysetPage, requireNotFuture } from './practice-log-queries.js';
import type { AdverseEventType } from './practice-log-kinds.js';

export interface ClinicAdverseEventRate {
  organizationId: string;
  eventCount: number;
  treatmentCount: number;
  eventsWithTreatmentsLogged: number;
  ratePerThousandTreatments: number | null;
}

/**
 * Adverse events from clinicians' own practice: each clinician's log, their clinic's view
 * (admins of that clinic only), and program-wide counts in groups no smaller than five.
 */
@Injectable()
export class AdverseEvents {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
  ) {}

  record(input: RecordAdverseEventInput, principal: Principal): Promise<AdverseEventEntity> {
    const actionTaken = input.actionTaken.trim();
    const outcome = input.outcome.trim();
    requirePatientFree({ actionTaken, outcome });
    requireNotFuture('eventDate', input.eventDate, this.clock.now());
    return this.db.manager.save(
      this.db.manager.create(AdverseEventEntity, {
        clinicianId: principal.userId,
        eventDate: input.eventDate,
        severity: input.severity,
        type: input.type,
        actionTaken,
        outcome,
        recordedAt: this.clock.now(),
      }),
    );
  }

  /** Records (or replaces) the day's count of treatments. */
  async recordTreatmentCount(
    input: RecordTreatmentCountInput,
    principal: Principal,
  ): Promise<TreatmentCountEntity> {
    requireNotFuture('date', input.date, this.clock.now());
    const row = {
      clinicianId: principal.userId,
      treatedOn: input.date,
      count: input.count,
      recordedAt: this.clock.now(),
    };
    await this.db.manager.upsert(TreatmentCountEntity, row, ['clinicianId', 'treatedOn']);
    return row;
  }

  mine(userId: string, args: ConnectionArgs): Promise<AdverseEventEntity[]> {
    const query = this.db.manager
      .createQueryBuilder(AdverseEventEntity, 'e')
      .where('e.clinician_id = :userId', { userId });
    return keysetPage(query, 'e.recorded_at', args);
  }

  /** The clinic's active members' events, newest first, for the clinic's admins only. */
  async clinicPage(
    organizationId: string,
    principal: Principal,
    args: ConnectionArgs,
  ): Promise<AdverseEventEntity[]> {
    const memberIds = await this.memberIds(organizationId, principal);
    const query = this.db.manager
      .createQueryBuilder(AdverseEventEntity, 'e')
      .where('e.clinician_id = ANY(CAST(:memberIds AS uuid[]))', { memberIds });
    return keysetPage(query, 'e.recorded_at', args);
  }

  /**
   * The clinic's count of events and, over the members who log treatments, events per 1,000
   * treatments: a member who logs events but no treatments would otherwise raise the rate.
   */
  async clinicRate(organizationId: string, principal: Principal): Promise<ClinicAdverseEventRate> {
    const memberIds = await this.memberIds(organizationId, principal);
    const [row] = (await this.db.query(
      `WITH treated AS (
         SELECT clinician_id, SUM(count)::int AS treatments FROM treatment_counts
          WHERE clinician_id = ANY($1::uuid[]) GROUP BY clinician_id
       )
       SELECT (SELECT COUNT(*)::int FROM adverse_events WHERE clinician_id = ANY($1::uuid[]))
                AS "eventCount",
              (SELECT COALESCE(SUM(treatments), 0)::int FROM treated) AS "treatmentCount",
              (SELECT COUNT(*)::int FROM adverse_events e JOIN treated t USING (clinician_id))
                AS "eventsWithTreatmentsLogged"`,
      [memberIds],
    )) as Omit<ClinicAdverseEventRate, 'organizationId' | 'ratePerThousandTreatments'>[];
    const { eventCount, treatmentCount, eventsWithTreatmentsLogged } = row!;
    return {
      organizationId,
      eventCount,
      treatmentCount,
      eventsWithTreatmentsLogged,
      ratePerThousandTreatments:
        treatmentCount > 0
          ? Math.round((eventsWithTreatmentsLogged / treatmentCount) * 1000 * 100) / 100
          : null,
    };
  }

  /** Every recorded event by type, small groups merged and their counts withheld. */
  async summary(): Promise<{ groups: AdverseEventGroup[]; total: number | null }> {
    const rows = (await this.db.query(
      `SELECT type, COUNT(*)::int AS count FROM adverse_events GROUP BY type`,
    )) as { type: AdverseEventType; count: number }[];
    return suppressSmallGroups(new Map(rows.map((row) => [row.type, row.count])));
  }

  /** The clinic's active members; refuses anyone but an admin of that clinic. */
  private async memberIds(organizationId: string, principal: Principal): Promise<string[]> {
    const members = await this.organizations.members(organizationId, principal);
    return members.map(({ membership }) => membership.userId);
  }
}
