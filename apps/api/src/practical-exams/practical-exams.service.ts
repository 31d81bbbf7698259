import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { gradePracticalExam, practicalExamMarkProblems } from '@fascicle/hybrid';
import { AuditService } from '../audit/audit.service.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../common/errors/domain-error.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { requirePatientFree } from '../practice-logs/patient-free.js';
import { requireNotFuture } from '../practice-logs/practice-log-queries.js';
import type {
  PracticalExamSittingInput,
  RecordPracticalExamInput,
} from './dto/practical-exam.input.js';
import { PracticalChecklistEntity } from './entities/practical-checklist.entity.js';
import {
  PracticalExamRecordEntity,
  type ItemResultRow,
} from './entities/practical-exam-record.entity.js';
import { PracticalExamRecorded } from './events.js';
import { practicalExamSignature } from './practical-exam-signature.js';

const REASON_LENGTH = { min: 1, max: 500 };
/** SQLSTATE of a foreign key refused: here, a session id that names no live session. */
const FOREIGN_KEY_VIOLATION = '23503';

/**
 * Recording practical exams: an examiner (an instructor or an admin, never the candidate)
 * marks every item, the grading rule decides, the record is signed and never changed. A
 * correction is a new signed record naming the one it replaces, once.
 */
@Injectable()
export class PracticalExams {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly identity: IdentityReader,
    private readonly events: EventEmitter2,
  ) {}

  async record(
    input: RecordPracticalExamInput,
    principal: Principal,
  ): Promise<PracticalExamRecordEntity> {
    requireNotSelf(input.candidateId, principal);
    const [candidate] = await this.identity.accountsByIds([input.candidateId]);
    if (!candidate) throw InvalidInputError.of('candidateId', 'No account has this id');
    return this.db.transaction(async (manager) => {
      const checklist = await manager.findOneBy(PracticalChecklistEntity, {
        id: input.checklistId,
      });
      if (!checklist) throw InvalidInputError.of('checklistId', 'No checklist has this id');
      return this.sign(manager, principal, checklist, input.candidateId, input, null);
    });
  }

  /** A new record for the same candidate and checklist that names the one it replaces. */
  async correct(
    recordId: string,
    input: PracticalExamSittingInput,
    reason: string,
    principal: Principal,
  ): Promise<PracticalExamRecordEntity> {
    const text = reason.trim();
    if (text.length < REASON_LENGTH.min || text.length > REASON_LENGTH.max) {
      throw InvalidInputError.of(
        'reason',
        `reason must be ${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters long`,
      );
    }
    requirePatientFree({ reason: text });
    try {
      return await this.db.transaction(async (manager) => {
        // Locked so that two corrections of one record queue; the unique key stops the second.
        const old = await manager
          .createQueryBuilder(PracticalExamRecordEntity, 'r')
          .where('r.id = :recordId', { recordId })
          .setLock('pessimistic_write')
          .getOne();
        if (!old) throw new NotFoundError('No such practical exam record', { field: 'recordId' });
        requireNotSelf(old.candidateId, principal);
        const replacement = await manager.findOneBy(PracticalExamRecordEntity, {
          replacesId: old.id,
        });
        if (replacement) throw alreadyReplaced(replacement.id);
        const checklist = await manager.findOneByOrFail(PracticalChecklistEntity, {
          id: old.checklistId,
        });
        return this.sign(manager, principal, checklist, old.candidateId, input, {
          replacesId: old.id,
          reason: text,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadyReplaced(null);
      throw error;
    }
  }

  private async sign(
    manager: EntityManager,
    principal: Principal,
    checklist: PracticalChecklistEntity,
    candidateId: string,
    input: PracticalExamSittingInput,
    correction: { replacesId: string; reason: string } | null,
  ): Promise<PracticalExamRecordEntity> {
    const results = markedResults(checklist, input);
    const summary = input.summary?.trim() || null;
    // Named by the position in the input, where the examiner's form shows the note.
    requirePatientFree({
      ...Object.fromEntries(input.results.map((result, i) => [`results.${i}.notes`, result.notes])),
      summary,
    });
    const now = this.clock.now();
    requireNotFuture('examinedOn', input.examinedOn, now);
    const grade = gradePracticalExam(
      checklist.items.map((item) => ({ ...item, reason: item.description })),
      results,
      checklist.nonCriticalPassPercent,
    );
    const [examiner] = await this.identity.accountsByIds([principal.userId], manager);
    const fields = {
      id: randomUUID(),
      checklistId: checklist.id,
      candidateId,
      examinerId: principal.userId,
      examinerName: examiner?.displayName ?? '',
      examinedOn: input.examinedOn,
      sessionId: input.sessionId ?? null,
      results,
      passed: grade.passed,
      summary,
      replacesId: correction?.replacesId ?? null,
      correctionReason: correction?.reason ?? null,
      signedAt: now,
    };
    const record = manager.create(PracticalExamRecordEntity, {
      ...fields,
      signature: practicalExamSignature(fields),
      createdAt: now,
    });
    try {
      await manager.insert(PracticalExamRecordEntity, record);
    } catch (error) {
      if ((error as { code?: string }).code === FOREIGN_KEY_VIOLATION && fields.sessionId) {
        throw InvalidInputError.of('sessionId', 'No live session has this id');
      }
      throw error;
    }
    await this.audit.record(manager, {
      actorId: principal.userId,
      action: correction ? 'PRACTICAL_EXAM_CORRECTED' : 'PRACTICAL_EXAM_RECORDED',
      subjectType: 'practical_exam_record',
      subjectId: record.id,
      details: {
        candidateId,
        checklistId: checklist.id,
        passed: grade.passed,
        signature: record.signature,
        ...(correction && { replacesId: correction.replacesId, reason: correction.reason }),
      },
    });
    await this.events.emitAsync(
      PracticalExamRecorded.event,
      new PracticalExamRecorded(record.id, candidateId, checklist.programId, manager),
    );
    return record;
  }
}

/** FORBIDDEN naming candidateId: nobody examines themselves, whatever their roles. */
function requireNotSelf(candidateId: string, principal: Principal): void {
  if (candidateId === principal.userId) {
    throw new ForbiddenError('You cannot examine yourself: another instructor must examine you', {
      field: 'candidateId',
      reason: 'OWN_EXAM',
    });
  }
}

function alreadyReplaced(byId: string | null): ConflictError {
  return new ConflictError(
    byId
      ? `This record was already corrected by record ${byId}; correct that one instead`
      : 'This record was already corrected; correct the newer record instead',
    { field: 'recordId', reason: 'ALREADY_REPLACED' },
  );
}

/**
 * Every item marked exactly once, in checklist order; otherwise BAD_USER_INPUT on `results`
 * naming the unknown, repeated and missing keys.
 */
function markedResults(
  checklist: PracticalChecklistEntity,
  input: PracticalExamSittingInput,
): ItemResultRow[] {
  const items = checklist.items.map((item) => ({ ...item, reason: item.description }));
  const problems = practicalExamMarkProblems(items, input.results);
  const marked = new Set(input.results.map((result) => result.key));
  const missing = checklist.items.filter((item) => !marked.has(item.key));
  if (missing.length > 0) {
    problems.push(`Mark every item; not marked: ${missing.map((m) => `"${m.key}"`).join(', ')}.`);
  }
  if (problems.length > 0) {
    throw new InvalidInputError(
      problems.map((message) => ({ field: 'results', message })),
      'RESULTS_INCOMPLETE',
    );
  }
  const byKey = new Map(input.results.map((result) => [result.key, result]));
  return checklist.items.map((item) => {
    const result = byKey.get(item.key)!;
    return { key: item.key, passed: result.passed, notes: result.notes?.trim() || null };
  });
}
