import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { toCsv } from '@fascicle/learning';
import { AuditService } from '../audit/audit.service.js';
import { byKey } from '../common/database/batch.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../common/errors/domain-error.js';
import type { ConnectionArgs } from '../common/pagination/connection.args.js';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../config/clock.js';
import { CredentialsReader } from '../credentials/credentials-reader.js';
import type { Principal } from '../identity/auth/principal.js';
import { IdentityReader } from '../identity/identity-reader.js';
import type {
  RecordSupervisedSessionInput,
  SupervisorQualificationInput,
} from './dto/supervised-session.input.js';
import {
  SupervisedSessionEntity,
  type QualificationSnapshot,
} from './entities/supervised-session.entity.js';
import { SupervisorQualificationEntity } from './entities/supervisor-qualification.entity.js';
import { SupervisedSessionConfirmed } from './events.js';
import { requirePatientFree } from './patient-free.js';
import { keysetPage, requireNotFuture } from './practice-log-queries.js';
import type { LogRow } from './supervised-log-pdf.js';
import { SupervisedSessionStatus } from './practice-log-kinds.js';

const REASON_LENGTH = { min: 1, max: 500 };
const NO_QUALIFIED_SUPERVISOR =
  'No supervisor with a recorded qualification uses this email: ask them to record their license and experience on their Confirm page first';
/** More confirmed sessions than any board's log asks for (Utah's is 250: issue 18). */
const LOG_LIMIT = 10_000;

/**
 * The supervised-practice log: a learner records a patient session (with no patient in it),
 * the supervisor they name confirms or rejects it, never their own.
 */
@Injectable()
export class SupervisedSessions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly identity: IdentityReader,
    private readonly credentials: CredentialsReader,
    private readonly events: EventEmitter2,
    private readonly config: AppConfig,
  ) {}

  async record(
    input: RecordSupervisedSessionInput,
    principal: Principal,
  ): Promise<SupervisedSessionEntity> {
    const notes = input.notes?.trim() || null;
    requirePatientFree({ muscles: input.muscles, notes });
    requireNotFuture('sessionDate', input.sessionDate, this.clock.now());
    const supervisorId = await this.namedSupervisor(input, principal);
    const [program] = await this.credentials.programsByIds([input.programId]);
    if (!program) throw InvalidInputError.of('programId', 'No program has this id');
    return this.db.manager.save(
      this.db.manager.create(SupervisedSessionEntity, {
        learnerId: principal.userId,
        programId: input.programId,
        sessionDate: input.sessionDate,
        bodyRegions: input.bodyRegions,
        muscles: input.muscles,
        needleCount: input.needleCount,
        supervisorId,
        notes,
        status: SupervisedSessionStatus.PENDING,
        recordedAt: this.clock.now(),
        decidedAt: null,
        rejectionReason: null,
        qualification: null,
      }),
    );
  }

  /**
   * The supervisor's account id, from exactly one of supervisorId and supervisorEmail. Learners
   * know their supervisor's email, not their id; an email finds only someone who has recorded a
   * qualification, with one answer whether the account is missing or unqualified, so the form
   * cannot be used to learn who has an account.
   */
  private async namedSupervisor(
    input: Pick<RecordSupervisedSessionInput, 'supervisorId' | 'supervisorEmail'>,
    principal: Principal,
  ): Promise<string> {
    const { supervisorId, supervisorEmail } = input;
    if (supervisorId && supervisorEmail) {
      throw InvalidInputError.of(
        'supervisorId',
        'Name the supervisor once: give supervisorEmail or supervisorId, not both',
      );
    }
    if (supervisorId) {
      requireNotSelf('supervisorId', supervisorId, principal);
      const [supervisor] = await this.identity.accountsByIds([supervisorId]);
      if (!supervisor) throw InvalidInputError.of('supervisorId', 'No account has this id');
      return supervisorId;
    }
    if (!supervisorEmail) {
      throw InvalidInputError.of(
        'supervisorEmail',
        'Name the supervisor: give their email (supervisorEmail) or account id (supervisorId)',
      );
    }
    const id = await this.identity.accountIdByEmail(supervisorEmail);
    if (id) requireNotSelf('supervisorEmail', id, principal);
    const [qualification] = id ? await this.qualificationsByUserIds([id]) : [null];
    if (!id || !qualification) {
      throw InvalidInputError.of('supervisorEmail', NO_QUALIFIED_SUPERVISOR);
    }
    return id;
  }

  /** The named supervisor confirms, with a copy of their qualification as it stands now. */
  confirm(id: string, principal: Principal): Promise<SupervisedSessionEntity> {
    return this.decide(id, principal, async (manager, session) => {
      const qualification = await manager.findOneBy(SupervisorQualificationEntity, {
        userId: principal.userId,
      });
      if (!qualification) {
        throw new ConflictError(
          'Record your license and dry needling experience (setSupervisorQualification) before confirming a session',
          { reason: 'QUALIFICATION_MISSING' },
        );
      }
      const [account] = await this.identity.accountsByIds([principal.userId], manager);
      const licenses = await this.identity.licensesByUserId(principal.userId, manager);
      const snapshot: QualificationSnapshot = {
        supervisorName: account?.displayName ?? '',
        licenseState: qualification.licenseState,
        licenseNumber: qualification.licenseNumber,
        dryNeedlingYears: qualification.dryNeedlingYears,
        ownSessions: qualification.ownSessions,
        licenses: licenses.map((license) => ({
          profession: license.profession,
          jurisdiction: license.state,
          expiresOn: license.expiresOn,
        })),
        meetsStateQualification: qualification.meetsStateQualification,
      };
      session.status = SupervisedSessionStatus.CONFIRMED;
      session.qualification = snapshot;
      // Saved before the event, so a program rule reading the log in this transaction sees it.
      await manager.update(
        SupervisedSessionEntity,
        { id: session.id },
        { status: session.status, qualification: snapshot },
      );
      await this.events.emitAsync(
        SupervisedSessionConfirmed.event,
        new SupervisedSessionConfirmed(session.id, session.learnerId, session.programId, manager),
      );
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'SUPERVISED_SESSION_CONFIRMED',
        subjectType: 'supervised_session',
        subjectId: session.id,
        details: { learnerId: session.learnerId, qualification: snapshot },
      });
    });
  }

  reject(id: string, reason: string, principal: Principal): Promise<SupervisedSessionEntity> {
    const text = reason.trim();
    if (text.length < REASON_LENGTH.min || text.length > REASON_LENGTH.max) {
      throw InvalidInputError.of(
        'reason',
        `reason must be ${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters long`,
      );
    }
    requirePatientFree({ reason: text });
    return this.decide(id, principal, async (manager, session) => {
      session.status = SupervisedSessionStatus.REJECTED;
      session.rejectionReason = text;
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'SUPERVISED_SESSION_REJECTED',
        subjectType: 'supervised_session',
        subjectId: session.id,
        details: { learnerId: session.learnerId, reason: text },
      });
    });
  }

  /** One decision on a pending session, with the row locked so two decisions cannot race. */
  private decide(
    id: string,
    principal: Principal,
    apply: (manager: EntityManager, session: SupervisedSessionEntity) => Promise<void>,
  ): Promise<SupervisedSessionEntity> {
    return this.db.transaction(async (manager) => {
      const session = await manager
        .createQueryBuilder(SupervisedSessionEntity, 's')
        .where('s.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!session) throw new NotFoundError('No such supervised session', { field: 'id' });
      if (session.learnerId === principal.userId) {
        throw new ForbiddenError('You cannot confirm or reject a session of your own', {
          reason: 'OWN_SESSION',
        });
      }
      if (session.supervisorId !== principal.userId) {
        throw new ForbiddenError(
          'Only the supervisor named on the session can confirm or reject it',
          { reason: 'NOT_THE_SUPERVISOR' },
        );
      }
      if (session.status !== SupervisedSessionStatus.PENDING) {
        throw new ConflictError(`This session was already ${session.status.toLowerCase()}`, {
          field: 'id',
          reason: 'ALREADY_DECIDED',
        });
      }
      await apply(manager, session);
      session.decidedAt = this.clock.now();
      return manager.save(session);
    });
  }

  /** The learner's own sessions, newest first. */
  mine(userId: string, args: ConnectionArgs): Promise<SupervisedSessionEntity[]> {
    const query = this.db.manager
      .createQueryBuilder(SupervisedSessionEntity, 's')
      .where('s.learner_id = :userId', { userId });
    return keysetPage(query, 's.recorded_at', args);
  }

  /** Sessions waiting for this supervisor, newest first. */
  toConfirm(userId: string, args: ConnectionArgs): Promise<SupervisedSessionEntity[]> {
    const query = this.db.manager
      .createQueryBuilder(SupervisedSessionEntity, 's')
      .where('s.supervisor_id = :userId AND s.status = :status', {
        userId,
        status: SupervisedSessionStatus.PENDING,
      });
    return keysetPage(query, 's.recorded_at', args);
  }

  /**
   * The learner's confirmed sessions as the log a board asks for: each with the supervisor's
   * name and license as they stood at the confirmation, its time and the confirmation record.
   */
  private async confirmedLog(learnerId: string): Promise<LogRow[]> {
    const sessions = await this.db.manager.find(SupervisedSessionEntity, {
      where: { learnerId, status: SupervisedSessionStatus.CONFIRMED },
      order: { sessionDate: 'ASC', decidedAt: 'ASC', id: 'ASC' },
      take: LOG_LIMIT,
    });
    const programs = await this.credentials.programsByIds([
      ...new Set(sessions.map((s) => s.programId)),
    ]);
    const titles = new Map(programs.flatMap((p) => (p ? [[p.id, p.title] as const] : [])));
    return sessions.map((s) => ({
      sessionDate: s.sessionDate,
      program: titles.get(s.programId) ?? '',
      bodyRegions: s.bodyRegions.join('; '),
      muscles: s.muscles.join('; '),
      needles: s.needleCount,
      supervisor: s.qualification?.supervisorName ?? '',
      supervisorLicenseState: s.qualification?.licenseState ?? '',
      supervisorLicenseNumber: s.qualification?.licenseNumber ?? '',
      supervisorYears: s.qualification?.dryNeedlingYears ?? null,
      supervisorOwnSessions: s.qualification?.ownSessions ?? null,
      confirmedAt: s.decidedAt?.toISOString() ?? '',
      confirmationId: s.id,
    }));
  }

  async csv(learnerId: string): Promise<string> {
    const rows = await this.confirmedLog(learnerId);
    return toCsv(
      [
        'Session date',
        'Program',
        'Body regions',
        'Muscles',
        'Needles',
        'Supervisor',
        'Supervisor license state',
        'Supervisor license number',
        'Supervisor years of dry needling',
        'Supervisor own sessions',
        'Confirmed at (UTC)',
        'Confirmation record',
      ],
      rows.map((row) => [
        row.sessionDate,
        row.program,
        row.bodyRegions,
        row.muscles,
        row.needles,
        row.supervisor,
        row.supervisorLicenseState,
        row.supervisorLicenseNumber,
        row.supervisorYears,
        row.supervisorOwnSessions,
        row.confirmedAt,
        row.confirmationId,
      ]),
    );
  }

  /** The same log as a PDF, with the learner named at the top. */
  async pdf(learnerId: string): Promise<Uint8Array> {
    const rows = await this.confirmedLog(learnerId);
    const [learner] = await this.identity.accountsByIds([learnerId]);
    // pdf-lib loads with the first log asked for as a PDF: most processes never make one.
    const { renderSupervisedLogPdf } = await import('./supervised-log-pdf.js');
    return renderSupervisedLogPdf(
      {
        learnerName: learner?.displayName ?? '',
        learnerLicense: [learner?.licenseState, learner?.licenseNumber].filter(Boolean).join(' '),
        provider: this.config.providerName,
        generatedAt: this.clock.now(),
      },
      rows.map((row) => ({ ...row, confirmedAt: row.confirmedAt.slice(0, 16).replace('T', ' ') })),
    );
  }

  async setQualification(
    input: SupervisorQualificationInput,
    principal: Principal,
  ): Promise<SupervisorQualificationEntity> {
    return this.db.transaction(async (manager) => {
      const row = {
        userId: principal.userId,
        licenseState: input.licenseState.trim().toUpperCase(),
        licenseNumber: input.licenseNumber.trim(),
        dryNeedlingYears: input.dryNeedlingYears,
        ownSessions: input.ownSessions,
        meetsStateQualification: input.meetsStateQualification ?? null,
        updatedAt: this.clock.now(),
      };
      await manager.upsert(SupervisorQualificationEntity, row, ['userId']);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'SUPERVISOR_QUALIFICATION_RECORDED',
        subjectType: 'user',
        subjectId: principal.userId,
        details: { licenseState: row.licenseState, dryNeedlingYears: row.dryNeedlingYears },
      });
      return manager.findOneByOrFail(SupervisorQualificationEntity, { userId: principal.userId });
    });
  }

  /** One query for many people, in the order asked (null where none is recorded). */
  async qualificationsByUserIds(
    ids: readonly string[],
  ): Promise<(SupervisorQualificationEntity | null)[]> {
    const rows = await this.db.manager.findBy(SupervisorQualificationEntity, {
      userId: In([...ids]),
    });
    return byKey(ids, rows, (row) => row.userId);
  }
}

function requireNotSelf(field: string, supervisorId: string, principal: Principal): void {
  if (supervisorId === principal.userId) {
    throw InvalidInputError.of(
      field,
      'You cannot supervise your own session: name the clinician who supervised it',
    );
  }
}
