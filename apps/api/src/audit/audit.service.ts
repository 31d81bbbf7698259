import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { Clock } from '../config/clock.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';
import { AuditEventEntity } from './entities/audit-event.entity.js';

export type AuditAction =
  | 'COURSE_CREATED'
  | 'COURSE_VERSION_CREATED'
  | 'COURSE_VERSION_SUBMITTED'
  | 'COURSE_VERSION_PUBLISHED'
  | 'COURSE_VERSION_SENT_BACK'
  | 'COURSE_VERSION_RETIRED'
  | 'COURSE_AUTHOR_ADDED'
  | 'COURSE_AUTHOR_REMOVED'
  | 'COURSE_VERSION_DISCARDED'
  | 'COURSE_APPROVAL_RECORDED'
  | 'COURSE_GATES_OVERRIDDEN'
  | 'LESSON_PILOT_RECORDED'
  | 'QUIZ_ACCOMMODATION_GRANTED'
  | 'QUIZ_ATTEMPT_GRADED'
  | 'CERTIFICATE_ISSUED'
  | 'CERTIFICATE_REVOKED'
  | 'CERTIFICATE_REISSUED'
  | 'CREDENTIAL_PROGRAM_CREATED'
  | 'CREDENTIAL_PROGRAM_DESCRIBED'
  | 'CREDENTIAL_PROGRAM_COURSES_CHANGED'
  | 'INVITATION_SENT'
  | 'INVITATION_ACCEPTED'
  | 'INVITATION_CANCELLED'
  | 'REQUIRED_CREDENTIAL_ADDED'
  | 'REQUIRED_CREDENTIAL_REMOVED'
  | 'MEMBER_LEFT'
  | 'MEMBER_REMOVED'
  | 'MEMBER_ROLE_CHANGED'
  | 'MEMBER_REQUIREMENT_CHANGED'
  | 'COMPLIANCE_EXPORTED'
  | 'PROFILE_UPDATED'
  | 'LICENSE_ADDED'
  | 'LICENSE_CHANGED'
  | 'LICENSE_REMOVED'
  | 'PROGRAM_HANDS_ON_REQUIREMENTS_SET'
  | 'SUPERVISED_SESSION_CONFIRMED'
  | 'SUPERVISED_SESSION_REJECTED'
  | 'SUPERVISOR_QUALIFICATION_RECORDED'
  | 'PRACTICAL_CHECKLIST_CREATED'
  | 'PRACTICAL_EXAM_RECORDED'
  | 'PRACTICAL_EXAM_CORRECTED'
  | 'LIVE_ATTENDANCE_CORRECTED'
  | 'ACCOUNT_DELETED'
  | 'DRY_NEEDLING_RULE_RECORDED'
  | 'ORGANIZATION_STATE_SET'
  | 'BOARD_REPORTING_SET'
  | 'BOARD_ROSTER_EXPORTED'
  | 'BOARD_REPORT_RESULT_RECORDED';

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
  subjectType:
    | 'course'
    | 'course_version'
    | 'user'
    | 'quiz_attempt'
    | 'quiz'
    | 'lesson'
    | 'certificate'
    | 'credential_program'
    | 'organization'
    | 'supervised_session'
    | 'practical_exam_record'
    | 'live_session_attendance'
    | 'dry_needling_rule';
  subjectId: string;
  details?: Record<string, unknown>;
}

/**
 * Writes audit events inside the caller's transaction: the event exists exactly when the
 * change it describes was committed.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly clock: Clock,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async record(manager: EntityManager, event: AuditRecord): Promise<void> {
    const row = manager.create(AuditEventEntity, {
      ...event,
      details: event.details ?? {},
      occurredAt: this.clock.now(),
    });
    await manager.save(row);
    // The operator's trail: with the request id, it ties a log line to the audit row. Written
    // before the caller's transaction commits, so a line may name a change later rolled back.
    const { action, subjectType, subjectId, actorId } = event;
    this.logger.info({ action, subjectType, subjectId, actorId }, `audit: ${action}`);
  }

  /** Newest first, for one subject. Small per subject, so no pagination yet. */
  forSubject(manager: EntityManager, subjectId: string): Promise<AuditEventEntity[]> {
    return manager.find(AuditEventEntity, {
      where: { subjectId },
      order: { seq: 'DESC' },
      take: 200,
    });
  }
}
