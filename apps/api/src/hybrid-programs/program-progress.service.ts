import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  programRequirements,
  type ProgramEvidence,
  type ProgramRequirement,
  type ProgramRequirementsResult,
} from '@fascicle/hybrid';
import { certificateStatus, CertificateStatus } from '@fascicle/learning';
import { CredentialsReader } from '../credentials/credentials-reader.js';
import { LearningReader } from '../learning/learning-reader.js';
import { LiveAttendanceReader } from '../live-sessions/live-attendance-reader.js';
import { SupervisedSessionsReader } from '../practice-logs/supervised-sessions-reader.js';
import { PracticalExamsReader } from '../practical-exams/practical-exams-reader.js';
import type { HybridProgramRulesEntity } from './entities/hybrid-program-rules.entity.js';
import { supervisorCheck } from './supervisor-check.js';

export interface ProgramStanding {
  result: ProgramRequirementsResult;
  /** Credited minutes at live sessions of the program and of its courses. */
  liveMinutes: number;
  /** Confirmed supervised sessions that count (all of them, not only up to the minimum). */
  supervisedSessionsCounted: number;
  startedOn: string | null;
}

/**
 * Gathers one person's evidence for a program from the modules that keep it (attendance,
 * practical examinations, the supervised-practice log, course certificates) and asks
 * libs/hybrid whether it meets the program's requirements. Reads through the caller's
 * transaction, so the award sees the evidence that transaction just wrote.
 */
@Injectable()
export class ProgramProgress {
  constructor(
    private readonly credentials: CredentialsReader,
    private readonly learning: LearningReader,
    private readonly attendance: LiveAttendanceReader,
    private readonly exams: PracticalExamsReader,
    private readonly sessions: SupervisedSessionsReader,
  ) {}

  /**
   * `withCourses`: also check the courses (a learner's progress); the award has checked them
   * already with the certificates it holds, and asks only for the rest.
   */
  async standing(
    manager: EntityManager,
    userId: string,
    programId: string,
    rules: HybridProgramRulesEntity | null,
    today: string,
    withCourses: boolean,
  ): Promise<ProgramStanding> {
    const [courseIds = []] = await this.credentials.courseIdsByProgramIds([programId], manager);
    const startedOn = await this.learning.firstEnrolledOn(manager, userId, courseIds);
    const requirements: ProgramRequirement[] = [
      ...(withCourses ? courseIds.map((courseId) => ({ kind: 'COURSE' as const, courseId })) : []),
      ...(rules?.requirements ?? []),
    ];
    const evidence: ProgramEvidence = {
      // Nothing started yet: a period counts from today, so no session can fall before it.
      programStartedOn: startedOn ?? today,
      completedCourseIds: withCourses ? await this.completedCourses(userId, courseIds, today) : [],
      liveCredits: rules
        ? await this.attendance.liveCredits(manager, userId, { programId, courseIds })
        : [],
      practicalExams: rules
        ? (await this.exams.currentResults(manager, userId, [programId])).map((exam) => ({
            // One examination per program, whichever checklist version (see HybridProgramRules).
            checklistId: programId,
            passed: exam.passed,
          }))
        : [],
      supervisedSessions: rules
        ? (await this.sessions.forPrograms(manager, userId, [programId])).map((session) => ({
            performedOn: session.sessionDate,
            status: session.status,
            supervisorQualified: supervisorCheck(
              rules.supervisorRule,
              session.qualification,
              session.sessionDate,
            ).qualified,
          }))
        : [],
    };
    const result = programRequirements(requirements, evidence, today);
    return {
      result,
      liveMinutes: evidence.liveCredits.reduce((sum, credit) => sum + credit.creditedMinutes, 0),
      supervisedSessionsCounted: countedSessions(rules, evidence, today),
      startedOn,
    };
  }

  private async completedCourses(
    userId: string,
    courseIds: readonly string[],
    today: string,
  ): Promise<string[]> {
    const held = await this.credentials.heldFor([userId], { programIds: [], courseIds });
    return held
      .filter((certificate) => certificateStatus(certificate, today) === CertificateStatus.VALID)
      .flatMap((certificate) => (certificate.courseId ? [certificate.courseId] : []));
  }
}

/** The confirmed sessions that count, found by asking the rule for more than anyone has. */
function countedSessions(
  rules: HybridProgramRulesEntity | null,
  evidence: ProgramEvidence,
  today: string,
): number {
  const requirement = rules?.requirements.find((r) => r.kind === 'SUPERVISED_SESSIONS');
  if (!requirement) return 0;
  const [missing] = programRequirements(
    [{ ...requirement, minimumCount: Number.MAX_SAFE_INTEGER }],
    evidence,
    today,
  ).missing;
  return missing?.kind === 'SUPERVISED_SESSIONS' ? missing.countedCount : 0;
}
