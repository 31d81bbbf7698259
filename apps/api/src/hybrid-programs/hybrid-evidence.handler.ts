import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { Clock, todayUtc } from '../config/clock.js';
import { ProgramCredentials } from '../credentials/program-credentials.js';
import { LiveAttendanceChanged } from '../live-sessions/events.js';
import { SupervisedSessionConfirmed } from '../practice-logs/events.js';
import { PracticalExamRecorded } from '../practical-exams/events.js';
import { HybridProgramRules } from './hybrid-program-rules.service.js';

/**
 * Evidence beyond courses arrived: the program it may complete is awarded in the same
 * transaction, so the credential exists from the moment the last requirement does (and, with
 * ProgramCredentials taking turns per person, exactly once). A failure here rolls the evidence
 * back and the person sees an error: better than evidence recorded and a credential that never
 * follows. Course certificates reach the award through the completion itself.
 */
@Injectable()
export class HybridEvidenceHandler {
  constructor(
    private readonly programs: ProgramCredentials,
    private readonly rules: HybridProgramRules,
    private readonly clock: Clock,
  ) {}

  @OnEvent(LiveAttendanceChanged.event, { suppressErrors: false })
  async attendance(event: LiveAttendanceChanged): Promise<void> {
    // A session belongs to a course or a program; the live minutes of any program that asks
    // for them may now suffice. Few programs ask, so all of them are reconsidered.
    const programIds = await this.rules.programIdsAsking(event.manager, 'LIVE_MINUTES');
    await this.programs.afterEvidence(
      event.manager,
      event.userId,
      programIds,
      todayUtc(this.clock),
    );
  }

  @OnEvent(PracticalExamRecorded.event, { suppressErrors: false })
  async practicalExam(event: PracticalExamRecorded): Promise<void> {
    await this.programs.afterEvidence(
      event.manager,
      event.candidateId,
      [event.programId],
      todayUtc(this.clock),
    );
  }

  @OnEvent(SupervisedSessionConfirmed.event, { suppressErrors: false })
  async supervisedSession(event: SupervisedSessionConfirmed): Promise<void> {
    await this.programs.afterEvidence(
      event.manager,
      event.learnerId,
      [event.programId],
      todayUtc(this.clock),
    );
  }
}
