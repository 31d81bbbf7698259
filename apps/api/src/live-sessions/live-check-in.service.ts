import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  checkInCode,
  nextCheckInCodeAt,
  verifyCheckInCode,
  type CheckInCodeStatus,
} from '@fascicle/hybrid';
import { ConflictError, ForbiddenError, InvalidInputError } from '../common/errors/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { LiveSessionAttendanceEntity } from './entities/live-session-attendance.entity.js';
import type { LiveSessionEntity } from './entities/live-session.entity.js';
import { LiveAttendanceChanged } from './events.js';
import { LiveSessionStaff } from './live-session-staff.js';
import { hasSeat, LiveSessions, lockedSession } from './live-sessions.service.js';

/** The screen shows codes from this long before the start to this long after the end. */
export const CHECK_IN_OPEN_MINUTES = 30;
const MINUTE = 60_000;

/** What a person reads when a scanned code is refused, and what to do about it. */
const REFUSED: Record<Exclude<CheckInCodeStatus, 'OK'>, string> = {
  EXPIRED: 'This code has expired: scan the code on the screen again',
  WRONG_SESSION: "This code is for another session: scan the code on this session's screen",
  MALFORMED: "This is not a check-in code: scan the code on the session's screen again",
};

export interface CheckInCode {
  code: string;
  url: string;
  qrSvg: string;
  expiresAt: Date;
}

/**
 * The rotating check-in code and the scans. A learner's first accepted scan is the arrival;
 * a scan with a code of a later minute is the departure, and a later one moves the departure
 * forward. A code's minute already used for the same direction is a replay, refused.
 */
@Injectable()
export class LiveCheckIn {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: LiveSessions,
    private readonly staff: LiveSessionStaff,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}

  /** The code of this minute, for the session's staff, while check-in is open. */
  async code(sessionId: string, actor: Principal): Promise<CheckInCode> {
    const session = await this.sessions.byId(sessionId, 'sessionId');
    await this.staff.assertStaff(this.db.manager, session, actor, 'show the check-in code');
    assertNotCancelled(session);
    const now = this.clock.now();
    const opens = new Date(session.startsAt.getTime() - CHECK_IN_OPEN_MINUTES * MINUTE);
    const closes = new Date(session.endsAt.getTime() + CHECK_IN_OPEN_MINUTES * MINUTE);
    if (now < opens || now > closes) {
      throw new ConflictError(
        `Check-in is open from ${opens.toISOString()} to ${closes.toISOString()}, ${CHECK_IN_OPEN_MINUTES} minutes either side of the session`,
        { field: 'sessionId', reason: 'CHECK_IN_CLOSED' },
      );
    }
    const code = checkInCode(sessionId, now, this.config.checkInSecret);
    // base64url needs no escaping in a query string.
    const url = `${this.config.publicUrl}/live/${sessionId}/check-in?code=${code}`;
    // qrcode loads with the first code asked for: most processes never show one.
    const { default: QRCode } = await import('qrcode');
    const qrSvg = await QRCode.toString(url, { type: 'svg' });
    return { code, url, qrSvg, expiresAt: nextCheckInCodeAt(now) };
  }

  async checkIn(
    sessionId: string,
    code: string,
    actor: Principal,
  ): Promise<{ session: LiveSessionEntity; attendance: LiveSessionAttendanceEntity }> {
    return this.db.transaction(async (manager) => {
      // Under the session's lock, two scans at once are served in turn: never two arrivals.
      const session = await lockedSession(manager, sessionId, 'sessionId');
      assertNotCancelled(session);
      if (!(await hasSeat(manager, sessionId, actor.userId))) {
        throw new ForbiddenError('Only learners with a seat at this session can check in', {
          reason: 'NO_SEAT',
        });
      }
      const now = this.clock.now();
      const check = verifyCheckInCode(code, sessionId, now, this.config.checkInSecret);
      if (check.status !== 'OK') {
        throw new InvalidInputError(
          [{ field: 'code', message: REFUSED[check.status], code: check.status }],
          check.status,
        );
      }
      const existing = await manager.findOneBy(LiveSessionAttendanceEntity, {
        sessionId,
        userId: actor.userId,
      });
      const attendance =
        existing ??
        manager.create(LiveSessionAttendanceEntity, {
          sessionId,
          userId: actor.userId,
          checkedInAt: null,
          checkedOutAt: null,
          checkInWindow: null,
          checkOutWindow: null,
          correctedAt: null,
          correctedBy: null,
          correctionReason: null,
          createdAt: now,
        });
      recordScan(attendance, check.window, now);
      attendance.updatedAt = now;
      await manager.save(attendance);
      await this.events.emitAsync(
        LiveAttendanceChanged.event,
        new LiveAttendanceChanged(sessionId, actor.userId, manager),
      );
      return { session, attendance };
    });
  }
}

/** Applies one accepted scan of the code of minute `window` at `now`, or refuses a replay. */
function recordScan(attendance: LiveSessionAttendanceEntity, window: number, now: Date): void {
  if (attendance.checkedInAt === null) {
    attendance.checkedInAt = now;
    attendance.checkInWindow = window;
    return;
  }
  // An arrival an instructor recorded has no window: any scan after it is the departure.
  const arrivalWindow = attendance.checkInWindow ?? -Infinity;
  if (window <= arrivalWindow || now <= attendance.checkedInAt) {
    throw new ConflictError(
      `Your arrival is already recorded (${attendance.checkedInAt.toISOString()}); scan again when you leave`,
      { field: 'code', reason: 'ALREADY_RECORDED' },
    );
  }
  // A departure only moves forward: never before one already recorded (or corrected).
  const departed = attendance.checkedOutAt;
  if (
    (attendance.checkOutWindow !== null && window <= attendance.checkOutWindow) ||
    (departed !== null && now <= departed)
  ) {
    throw new ConflictError(
      `Your departure is already recorded (${departed?.toISOString()}); scan a newer code to record a later one`,
      { field: 'code', reason: 'ALREADY_RECORDED' },
    );
  }
  attendance.checkedOutAt = now;
  attendance.checkOutWindow = window;
}

function assertNotCancelled(session: LiveSessionEntity): void {
  if (session.cancelledAt) {
    throw new ConflictError('This session was cancelled', {
      field: 'sessionId',
      reason: 'SESSION_CANCELLED',
    });
  }
}
