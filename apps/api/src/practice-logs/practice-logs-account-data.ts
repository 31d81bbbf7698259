import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountData, AccountDataSection } from '../common/privacy/account-data.js';
import { AdverseEventEntity } from './entities/adverse-event.entity.js';
import { SupervisedSessionEntity } from './entities/supervised-session.entity.js';
import { SupervisorQualificationEntity } from './entities/supervisor-qualification.entity.js';
import { TreatmentCountEntity } from './entities/treatment-count.entity.js';
import { SupervisedSessionStatus } from './practice-log-kinds.js';

/** The practice logs' part of download-my-data and delete-my-account. */
@Injectable()
export class PracticeLogsAccountData implements AccountData {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(userId: string): Promise<AccountDataSection[]> {
    const manager = this.db.manager;
    const [sessions, supervised, qualification, events, treatments] = [
      await manager.find(SupervisedSessionEntity, {
        where: { learnerId: userId },
        order: { recordedAt: 'ASC', id: 'ASC' },
      }),
      await manager.find(SupervisedSessionEntity, {
        where: { supervisorId: userId },
        order: { recordedAt: 'ASC', id: 'ASC' },
      }),
      await manager.findOneBy(SupervisorQualificationEntity, { userId }),
      await manager.find(AdverseEventEntity, {
        where: { clinicianId: userId },
        order: { recordedAt: 'ASC', id: 'ASC' },
      }),
      await manager.find(TreatmentCountEntity, {
        where: { clinicianId: userId },
        order: { treatedOn: 'ASC' },
      }),
    ];
    const session = (s: SupervisedSessionEntity) => ({
      id: s.id,
      programId: s.programId,
      sessionDate: s.sessionDate,
      bodyRegions: s.bodyRegions,
      muscles: s.muscles,
      needleCount: s.needleCount,
      notes: s.notes,
      status: s.status,
      recordedAt: s.recordedAt,
      decidedAt: s.decidedAt,
      rejectionReason: s.rejectionReason,
      supervisorQualification: s.qualification,
    });
    return [
      { name: 'supervisedSessions', data: sessions.map(session) },
      { name: 'sessionsSupervised', data: supervised.map(session) },
      {
        name: 'supervisorQualification',
        data: qualification && {
          licenseState: qualification.licenseState,
          licenseNumber: qualification.licenseNumber,
          dryNeedlingYears: qualification.dryNeedlingYears,
          ownSessions: qualification.ownSessions,
          updatedAt: qualification.updatedAt,
        },
      },
      {
        name: 'adverseEvents',
        data: events.map((e) => ({
          eventDate: e.eventDate,
          severity: e.severity,
          type: e.type,
          actionTaken: e.actionTaken,
          outcome: e.outcome,
          recordedAt: e.recordedAt,
        })),
      },
      {
        name: 'treatmentCounts',
        data: treatments.map((t) => ({ date: t.treatedOn, count: t.count })),
      },
    ];
  }

  /**
   * The person's own logs go. Sessions they supervised belong to other learners' logs: a
   * confirmed one keeps its confirmation (the learner's proof for a board); one still waiting
   * can no longer be decided, so it is rejected with a reason that lets the learner log it anew.
   */
  async eraseFor(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager.delete(SupervisedSessionEntity, { learnerId: userId });
    await manager.update(
      SupervisedSessionEntity,
      { supervisorId: userId, status: SupervisedSessionStatus.PENDING },
      {
        status: SupervisedSessionStatus.REJECTED,
        decidedAt: at,
        rejectionReason: "The supervisor's account was deleted before they decided",
      },
    );
    await manager.delete(SupervisorQualificationEntity, { userId });
    await manager.delete(AdverseEventEntity, { clinicianId: userId });
    await manager.delete(TreatmentCountEntity, { clinicianId: userId });
  }
}
