import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  SupervisedSessionEntity,
  type QualificationSnapshot,
} from './entities/supervised-session.entity.js';
import type { SupervisedSessionStatus } from './practice-log-kinds.js';

export interface SupervisedSessionEvidence {
  programId: string;
  /** YYYY-MM-DD. */
  sessionDate: string;
  status: SupervisedSessionStatus;
  /** The supervisor's qualification as confirmed; null until confirmed. */
  qualification: QualificationSnapshot | null;
}

/** How other modules read a learner's supervised sessions, e.g. to decide a program award. */
@Injectable()
export class SupervisedSessionsReader {
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
}
