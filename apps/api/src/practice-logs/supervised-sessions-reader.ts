import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  SupervisedSessionEntity,
  type QualificationSnapshot,
} from './entities/supervised-session.entity.js';
import { SupervisedSessionStatus } from './practice-log-kinds.js';

export interface SupervisedSessionEvidence {
  programId: string;
  /** YYYY-MM-DD. */
  sessionDate: string;
  status: SupervisedSessionStatus;
  /** The supervisor's qualification as confirmed; null until confirmed. */
  qualification: QualificationSnapshot | null;
}

export interface ConfirmedSession {
  id: string;
  learnerId: string;
  sessionDate: string;
}

/** How other modules read a learner's supervised sessions, e.g. to decide a program award. */
@Injectable()
export class SupervisedSessionsReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A learner's sessions for these programs (every status), in the caller's transaction. */
  async forPrograms(
    manager: EntityManager,
    learnerId: string,
    programIds: readonly string[],
  ): Promise<SupervisedSessionEvidence[]> {
    if (programIds.length === 0) return [];
    return manager.find(SupervisedSessionEntity, {
      select: { programId: true, sessionDate: true, status: true, qualification: true },
      where: { learnerId, programId: In([...programIds]) },
      order: { sessionDate: 'ASC', id: 'ASC' },
    });
  }

  /** The sessions supervisors confirmed, of these learners, oldest first: one query. */
  async confirmedFor(learnerIds: readonly string[]): Promise<ConfirmedSession[]> {
    if (learnerIds.length === 0) return [];
    return this.db.manager.find(SupervisedSessionEntity, {
      select: { id: true, learnerId: true, sessionDate: true },
      where: { learnerId: In([...new Set(learnerIds)]), status: SupervisedSessionStatus.CONFIRMED },
      order: { sessionDate: 'ASC', id: 'ASC' },
    });
  }
}
