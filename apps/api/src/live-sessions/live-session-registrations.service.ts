import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { LiveSessionRegistrationEntity } from './entities/live-session-registration.entity.js';
import type { LiveSessionEntity } from './entities/live-session.entity.js';
import { LiveRegistrationStatus } from './live-session-kind.js';
import { LiveSessionMail } from './live-session-mail.js';
import { registrationClosesAt } from './live-session-rules.js';
import { lockedSession } from './live-sessions.service.js';

/** A registration as the learner sees it: with their place on the waitlist, when waiting. */
export interface RegistrationView {
  registration: LiveSessionRegistrationEntity;
  waitlistPosition: number | null;
}

/**
 * Seats and the waitlist. Every change locks the session row first (SELECT … FOR UPDATE), then
 * counts and writes under that lock, so concurrent registrations are served one at a time and
 * the seats never exceed the capacity; the unique (session, user) key stops a second row.
 */
@Injectable()
export class LiveSessionRegistrations {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: LiveSessionMail,
    private readonly clock: Clock,
  ) {}

  async register(sessionId: string, actor: Principal): Promise<RegistrationView> {
    const jobs: string[] = [];
    const view = await this.db.transaction(async (manager) => {
      const session = await lockedSession(manager, sessionId, 'sessionId');
      this.assertOpen(session, 'Registration');
      const mine = await manager.findOneBy(LiveSessionRegistrationEntity, {
        sessionId,
        userId: actor.userId,
      });
      if (mine && mine.status !== LiveRegistrationStatus.CANCELLED) {
        throw new ConflictError(
          mine.status === LiveRegistrationStatus.REGISTERED
            ? 'You already have a seat at this session'
            : 'You are already on the waitlist of this session',
          { field: 'sessionId', reason: 'ALREADY_REGISTERED' },
        );
      }
      const counts = await countsIn(manager, sessionId);
      const seat = counts.registered < session.capacity && counts.waitlisted === 0;
      const now = this.clock.now();
      const registration = manager.create(LiveSessionRegistrationEntity, {
        ...(mine ?? { sessionId, userId: actor.userId, createdAt: now }),
        status: seat ? LiveRegistrationStatus.REGISTERED : LiveRegistrationStatus.WAITLISTED,
        queueNumber: counts.lastQueueNumber + 1,
        updatedAt: now,
      });
      await manager.save(registration);
      if (seat) jobs.push(await this.mail.queueSeat(manager, session, registration, false));
      return { registration, waitlistPosition: seat ? null : counts.waitlisted + 1 };
    });
    await this.mail.sendQueued(jobs);
    return view;
  }

  /** Gives up a seat or a waitlist place, up to the cut-off; a freed seat goes to the next. */
  async cancel(sessionId: string, actor: Principal): Promise<RegistrationView> {
    const jobs: string[] = [];
    const view = await this.db.transaction(async (manager) => {
      const session = await lockedSession(manager, sessionId, 'sessionId');
      const mine = await manager.findOneBy(LiveSessionRegistrationEntity, {
        sessionId,
        userId: actor.userId,
      });
      if (!mine || mine.status === LiveRegistrationStatus.CANCELLED) {
        throw new NotFoundError('You have no registration at this session to cancel', {
          field: 'sessionId',
        });
      }
      this.assertOpen(session, 'Cancellation');
      const hadSeat = mine.status === LiveRegistrationStatus.REGISTERED;
      mine.status = LiveRegistrationStatus.CANCELLED;
      mine.updatedAt = this.clock.now();
      await manager.save(mine);
      if (hadSeat) jobs.push(...(await this.promoteNext(manager, session)));
      return { registration: mine, waitlistPosition: null };
    });
    await this.mail.sendQueued(jobs);
    return view;
  }

  /**
   * Erases a person's registrations (delete-my-account), in the caller's transaction. A seat
   * they held at a session still open goes to the first on its waitlist, whose email the job
   * queue sends once the deletion commits.
   */
  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    const seats = await manager.findBy(LiveSessionRegistrationEntity, {
      userId,
      status: LiveRegistrationStatus.REGISTERED,
    });
    for (const seat of seats) {
      const session = await lockedSession(manager, seat.sessionId, 'sessionId');
      await manager.delete(LiveSessionRegistrationEntity, { id: seat.id });
      const open = !session.cancelledAt && this.clock.now() < registrationClosesAt(session);
      if (open) await this.promoteNext(manager, session);
    }
    await manager.delete(LiveSessionRegistrationEntity, { userId });
  }

  /** Under the session's lock: the first waitlisted learner gets the freed seat and an email. */
  private async promoteNext(manager: EntityManager, session: LiveSessionEntity): Promise<string[]> {
    const next = await manager.findOne(LiveSessionRegistrationEntity, {
      where: { sessionId: session.id, status: LiveRegistrationStatus.WAITLISTED },
      order: { queueNumber: 'ASC' },
    });
    if (!next) return [];
    next.status = LiveRegistrationStatus.REGISTERED;
    next.updatedAt = this.clock.now();
    await manager.save(next);
    return [await this.mail.queueSeat(manager, session, next, true)];
  }

  /** Seats taken and learners waiting, per session, in one query. */
  async countsBySessionIds(
    ids: readonly string[],
  ): Promise<{ registered: number; waitlisted: number }[]> {
    const rows = (await this.db.query(
      `SELECT session_id AS "sessionId",
              count(*) FILTER (WHERE status = 'REGISTERED')::int AS registered,
              count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted
         FROM live_session_registrations
        WHERE session_id = ANY($1::uuid[])
        GROUP BY session_id`,
      [ids],
    )) as { sessionId: string; registered: number; waitlisted: number }[];
    const bySession = new Map(rows.map((row) => [row.sessionId, row]));
    return ids.map((id) => bySession.get(id) ?? { registered: 0, waitlisted: 0 });
  }

  /** One person's registrations at many sessions, with their waitlist places: one query. */
  async viewsOf(
    userId: string,
    sessionIds: readonly string[],
  ): Promise<(RegistrationView | null)[]> {
    const rows = (await this.db.query(
      `SELECT r.id, r.session_id AS "sessionId", r.user_id AS "userId", r.status,
              r.queue_number AS "queueNumber", r.created_at AS "createdAt",
              r.updated_at AS "updatedAt",
              CASE WHEN r.status = 'WAITLISTED' THEN (
                SELECT count(*)::int FROM live_session_registrations w
                 WHERE w.session_id = r.session_id AND w.status = 'WAITLISTED'
                   AND w.queue_number <= r.queue_number) END AS "waitlistPosition"
         FROM live_session_registrations r
        WHERE r.user_id = $1 AND r.session_id = ANY($2::uuid[])`,
      [userId, sessionIds],
    )) as (LiveSessionRegistrationEntity & { waitlistPosition: number | null })[];
    const bySession = new Map(
      rows.map(({ waitlistPosition, ...registration }) => [
        registration.sessionId,
        {
          registration: Object.assign(new LiveSessionRegistrationEntity(), registration, {
            createdAt: new Date(registration.createdAt),
            updatedAt: new Date(registration.updatedAt),
          }),
          waitlistPosition,
        },
      ]),
    );
    return sessionIds.map((id) => bySession.get(id) ?? null);
  }

  private assertOpen(session: LiveSessionEntity, what: 'Registration' | 'Cancellation'): void {
    if (session.cancelledAt) {
      throw new ConflictError('This session was cancelled', {
        field: 'sessionId',
        reason: 'SESSION_CANCELLED',
      });
    }
    const closes = registrationClosesAt(session);
    if (this.clock.now() >= closes) {
      throw new ConflictError(
        `${what} closed at ${closes.toISOString()}, ${session.cutoffHours} hours before the start`,
        { field: 'sessionId', reason: 'REGISTRATION_CLOSED' },
      );
    }
  }
}

async function countsIn(
  manager: EntityManager,
  sessionId: string,
): Promise<{ registered: number; waitlisted: number; lastQueueNumber: number }> {
  const [row] = (await manager.query(
    `SELECT count(*) FILTER (WHERE status = 'REGISTERED')::int AS registered,
            count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
            COALESCE(max(queue_number), 0)::int AS "lastQueueNumber"
       FROM live_session_registrations WHERE session_id = $1`,
    [sessionId],
  )) as { registered: number; waitlisted: number; lastQueueNumber: number }[];
  return row!;
}
