import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AccountData, AccountDataSection } from '../common/privacy/account-data.js';
import { LiveSessionAttendanceEntity } from './entities/live-session-attendance.entity.js';
import { LiveSessionRegistrationEntity } from './entities/live-session-registration.entity.js';
import { LiveSessionEntity } from './entities/live-session.entity.js';
import { LiveSessionRegistrations } from './live-session-registrations.service.js';

/**
 * The live-sessions module's part of download-my-data and delete-my-account: a learner's
 * registrations and attendance. Sessions an instructor scheduled belong to the course, not to the person:
 * they stay, still naming their creator (as course versions name their authors).
 */
@Injectable()
export class LiveSessionsAccountData implements AccountData {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registrations: LiveSessionRegistrations,
  ) {}

  async exportFor(userId: string): Promise<AccountDataSection[]> {
    const registrations = await this.db.manager.find(LiveSessionRegistrationEntity, {
      where: { userId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const attendance = await this.db.manager.find(LiveSessionAttendanceEntity, {
      where: { userId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const sessions = await this.db.manager.findBy(LiveSessionEntity, {
      id: In(registrations.map((registration) => registration.sessionId)),
    });
    // Attendance needs a seat, so each record sits with its registration.
    const attended = new Map(attendance.map((row) => [row.sessionId, row]));
    const byId = new Map(sessions.map((session) => [session.id, session]));
    return [
      {
        name: 'liveSessionRegistrations',
        data: registrations.map((registration) => {
          const session = byId.get(registration.sessionId);
          return {
            session: session?.title ?? null,
            kind: session?.kind ?? null,
            startsAt: session?.startsAt ?? null,
            status: registration.status,
            registeredAt: registration.createdAt,
            updatedAt: registration.updatedAt,
            attendance: attendanceData(attended.get(registration.sessionId)),
          };
        }),
      },
    ];
  }

  /**
   * A place at a session is the person's own: it goes, and a seat it held goes to the next; so
   * does their attendance. Corrections they made of others' attendance stay, naming the
   * account as course versions name their authors.
   */
  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(LiveSessionAttendanceEntity, { userId });
    await this.registrations.eraseFor(manager, userId);
  }
}

/** The person's arrival and departure; who corrected them is in the audit trail, not here. */
function attendanceData(row: LiveSessionAttendanceEntity | undefined) {
  return row
    ? {
        checkedInAt: row.checkedInAt,
        checkedOutAt: row.checkedOutAt,
        correctedAt: row.correctedAt,
        correctionReason: row.correctionReason,
      }
    : null;
}
