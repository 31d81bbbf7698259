import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { InvalidInputError, type FieldProblem } from '../common/errors/domain-error.js';
import { decodeCursor } from '../common/pagination/connection.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import type {
  CorrectLiveAttendanceInput,
  LiveAttendanceArgs,
} from './dto/live-attendance.input.js';
import { LiveSessionAttendanceEntity } from './entities/live-session-attendance.entity.js';
import type { LiveSessionEntity } from './entities/live-session.entity.js';
import { LiveAttendanceChanged } from './events.js';
import { LiveSessionStaff } from './live-session-staff.js';
import { hasSeat, LiveSessions, lockedSession } from './live-sessions.service.js';

/** A corrected time may fall this far outside the session: a learner let in early, or kept late. */
const CORRECTION_MARGIN_MS = 3_600_000;

/** A learner with a seat, and their attendance when there is one: a row of the roster. */
export interface RosterRow {
  /** The registration's id: with its queue number, the roster's order and cursor. */
  id: string;
  queueNumber: number;
  userId: string;
  attendance: LiveSessionAttendanceEntity | null;
}

/** Instructors' corrections and the roster; learners' own attendance, in batches. */
@Injectable()
export class LiveAttendanceRecords {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: LiveSessions,
    private readonly staff: LiveSessionStaff,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Sets a learner's arrival and departure, with a reason, audited with the record before and
   * after; creates the record for a learner with a seat who never scanned.
   */
  async correct(
    input: CorrectLiveAttendanceInput,
    actor: Principal,
  ): Promise<{ session: LiveSessionEntity; attendance: LiveSessionAttendanceEntity }> {
    return this.db.transaction(async (manager) => {
      const session = await lockedSession(manager, input.sessionId, 'sessionId');
      await this.staff.assertStaff(manager, session, actor, 'correct attendance');
      checkCorrection(input, session, this.clock.now());
      const existing = await manager.findOneBy(LiveSessionAttendanceEntity, {
        sessionId: session.id,
        userId: input.userId,
      });
      if (!existing && !(await hasSeat(manager, session.id, input.userId))) {
        throw InvalidInputError.of('userId', 'This person has no seat at this session');
      }
      const now = this.clock.now();
      const before = existing && times(existing);
      const attendance =
        existing ??
        manager.create(LiveSessionAttendanceEntity, {
          sessionId: session.id,
          userId: input.userId,
          checkInWindow: null,
          checkOutWindow: null,
          createdAt: now,
        });
      // The scans' windows stay: they are the evidence the correction departs from.
      Object.assign(attendance, {
        checkedInAt: input.checkedInAt ?? null,
        checkedOutAt: input.checkedOutAt ?? null,
        correctedAt: now,
        correctedBy: actor.userId,
        correctionReason: input.reason,
        updatedAt: now,
      });
      await manager.save(attendance);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'LIVE_ATTENDANCE_CORRECTED',
        subjectType: 'live_session_attendance',
        subjectId: attendance.id,
        details: {
          sessionId: session.id,
          userId: input.userId,
          before,
          after: times(attendance),
          reason: input.reason,
        },
      });
      await this.events.emitAsync(
        LiveAttendanceChanged.event,
        new LiveAttendanceChanged(session.id, input.userId, manager),
      );
      return { session, attendance };
    });
  }

  /** Every learner with a seat, in order of registration, with their attendance: one query. */
  async roster(
    args: LiveAttendanceArgs,
    actor: Principal,
  ): Promise<{ session: LiveSessionEntity; rows: RosterRow[] }> {
    const session = await this.sessions.byId(args.sessionId, 'sessionId');
    await this.staff.assertStaff(this.db.manager, session, actor, 'see the attendance');
    const after = args.after ? decodeCursor(args.after) : null;
    if (after && !/^\d{1,9}$/.test(after.key)) {
      throw InvalidInputError.of('after', 'after is not a cursor from this list');
    }
    // Two queries per page, whatever its size: the seats, then their attendance.
    const rows = (await this.db.query(
      `SELECT r.id, r.queue_number AS "queueNumber", r.user_id AS "userId"
         FROM live_session_registrations r
        WHERE r.session_id = $1 AND r.status = 'REGISTERED'
          AND ($3::int IS NULL OR (r.queue_number, r.id) > ($3::int, $4::uuid))
        ORDER BY r.queue_number, r.id
        LIMIT $2`,
      [session.id, args.first + 1, after ? Number(after.key) : null, after?.id ?? null],
    )) as Omit<RosterRow, 'attendance'>[];
    const found = await this.attendanceOf(
      session.id,
      rows.map((row) => row.userId),
    );
    return {
      session,
      rows: rows.map((row, i) => ({ ...row, attendance: found[i] ?? null })),
    };
  }

  /** The attendance of many learners at one session, in the order asked. */
  async attendanceOf(
    sessionId: string,
    userIds: readonly string[],
  ): Promise<(LiveSessionAttendanceEntity | null)[]> {
    if (userIds.length === 0) return [];
    const rows = await this.db.manager
      .createQueryBuilder(LiveSessionAttendanceEntity, 'a')
      .where('a.session_id = :sessionId AND a.user_id IN (:...userIds)', {
        sessionId,
        userIds: [...userIds],
      })
      .getMany();
    const byUser = new Map(rows.map((row) => [row.userId, row]));
    return userIds.map((userId) => byUser.get(userId) ?? null);
  }

  /** One person's attendance at many sessions, in the order asked: one query. */
  async attendanceAt(
    userId: string,
    sessionIds: readonly string[],
  ): Promise<(LiveSessionAttendanceEntity | null)[]> {
    if (sessionIds.length === 0) return [];
    const rows = await this.db.manager
      .createQueryBuilder(LiveSessionAttendanceEntity, 'a')
      .where('a.user_id = :userId AND a.session_id IN (:...sessionIds)', {
        userId,
        sessionIds: [...sessionIds],
      })
      .getMany();
    const bySession = new Map(rows.map((row) => [row.sessionId, row]));
    return sessionIds.map((id) => bySession.get(id) ?? null);
  }
}

function times(attendance: LiveSessionAttendanceEntity) {
  return { checkedInAt: attendance.checkedInAt, checkedOutAt: attendance.checkedOutAt };
}

/** Times near the session and in order; a departure needs an arrival. Throws naming the field. */
function checkCorrection(
  input: CorrectLiveAttendanceInput,
  session: LiveSessionEntity,
  now: Date,
): void {
  const earliest = session.startsAt.getTime() - CORRECTION_MARGIN_MS;
  const latest = session.endsAt.getTime() + CORRECTION_MARGIN_MS;
  const window = `${new Date(earliest).toISOString()} to ${new Date(latest).toISOString()}`;
  const problems: FieldProblem[] = [];
  for (const field of ['checkedInAt', 'checkedOutAt'] as const) {
    const at = input[field]?.getTime();
    if (at !== undefined && (at < earliest || at > latest)) {
      problems.push({
        field,
        message: `${field} must be within an hour of the session (${window})`,
      });
    } else if (at !== undefined && at > now.getTime()) {
      // A correction records what happened: a minute still to come cannot be attested.
      problems.push({ field, message: `${field} is in the future: record it once it happened` });
    }
  }
  if (input.checkedOutAt && !input.checkedInAt) {
    problems.push({
      field: 'checkedInAt',
      message: 'A departure needs an arrival: give checkedInAt',
    });
  } else if (input.checkedOutAt && input.checkedInAt && input.checkedOutAt <= input.checkedInAt) {
    problems.push({ field: 'checkedOutAt', message: 'checkedOutAt must be after checkedInAt' });
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
}
