import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { attendanceCredit } from './attendance-credit.js';
import type { LiveSessionKind } from './live-session-kind.js';

export interface LiveCreditRow {
  sessionId: string;
  sessionKind: 'LAB' | 'WEBINAR';
  creditedMinutes: number;
}

/**
 * The live-sessions module's read service for other modules: a person's credited live minutes
 * (libs/hybrid's liveCredit; a lab needs full attendance). Takes the caller's transaction,
 * as a program's requirements are checked inside the one that changed the attendance.
 */
@Injectable()
export class LiveAttendanceReader {
  /**
   * The user's attendance at sessions not cancelled that belong to the program or to one of
   * the courses, each with its credited minutes: one query (through the attendance's user
   * index, then each session by its key).
   */
  async liveCredits(
    manager: EntityManager,
    userId: string,
    scope: { programId: string; courseIds: readonly string[] },
  ): Promise<LiveCreditRow[]> {
    const rows = (await manager.query(
      `SELECT s.id AS "sessionId", s.kind, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
              a.checked_in_at AS "checkedInAt", a.checked_out_at AS "checkedOutAt"
         FROM live_session_attendance a
         JOIN live_sessions s ON s.id = a.session_id
        WHERE a.user_id = $1 AND s.cancelled_at IS NULL
          AND (s.program_id = $2 OR s.course_id = ANY($3::uuid[]))
        ORDER BY s.starts_at, s.id`,
      [userId, scope.programId, [...scope.courseIds]],
    )) as {
      sessionId: string;
      kind: LiveSessionKind;
      startsAt: Date | string;
      endsAt: Date | string;
      checkedInAt: Date | string | null;
      checkedOutAt: Date | string | null;
    }[];
    const date = (value: Date | string | null) => (value === null ? null : new Date(value));
    return rows.map((row) => ({
      sessionId: row.sessionId,
      sessionKind: row.kind,
      creditedMinutes: attendanceCredit(
        { kind: row.kind, startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt) },
        { checkedInAt: date(row.checkedInAt), checkedOutAt: date(row.checkedOutAt) },
      ).creditedMinutes,
    }));
  }
}
