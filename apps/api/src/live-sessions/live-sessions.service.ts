import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { byKey } from '../common/database/batch.js';
import { ConflictError, NotFoundError } from '../common/errors/domain-error.js';
import { decodeCursor } from '../common/pagination/connection.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import {
  LIVE_SESSION_LIMITS,
  type LiveSessionsArgs,
  type ScheduleLiveSessionInput,
} from './dto/live-session.input.js';
import { LiveSessionEntity } from './entities/live-session.entity.js';
import { LiveSessionRegistrationEntity } from './entities/live-session-registration.entity.js';
import { LiveRegistrationStatus } from './live-session-kind.js';
import { checkSchedule } from './live-session-rules.js';
import { LiveSessionStaff, type SessionOwner } from './live-session-staff.js';

/**
 * Scheduling and cancelling live sessions (the authors of the course, or of a course of the
 * program, or an admin), and reading them.
 */
@Injectable()
export class LiveSessions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogReader,
    private readonly clock: Clock,
    private readonly staff: LiveSessionStaff,
  ) {}

  async schedule(input: ScheduleLiveSessionInput, actor: Principal): Promise<LiveSessionEntity> {
    checkSchedule(input, this.clock.now());
    const owner: SessionOwner = {
      courseId: input.courseId ?? null,
      programId: input.programId ?? null,
    };
    await this.assertOwnerExists(owner);
    await this.staff.assertOrganiser(this.db.manager, owner, actor);
    return this.db.manager.save(
      this.db.manager.create(LiveSessionEntity, {
        ...owner,
        kind: input.kind,
        title: input.title,
        venue: input.venue ?? null,
        joinUrl: input.joinUrl ?? null,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        capacity: input.capacity,
        instructors: input.instructors,
        learnersPerInstructor: input.learnersPerInstructor,
        cutoffHours: input.registrationCutoffHours,
        createdBy: actor.userId,
        createdAt: this.clock.now(),
        cancelledAt: null,
      }),
    );
  }

  /** Cancels a session that has not started; its registrations stay, for the record. */
  cancel(sessionId: string, actor: Principal): Promise<LiveSessionEntity> {
    return this.db.transaction(async (manager) => {
      const session = await lockedSession(manager, sessionId);
      await this.staff.assertOrganiser(manager, session, actor);
      if (session.cancelledAt) return session;
      if (session.startsAt <= this.clock.now()) {
        throw new ConflictError('The session has already started', {
          field: 'id',
          reason: 'SESSION_STARTED',
        });
      }
      session.cancelledAt = this.clock.now();
      return manager.save(session);
    });
  }

  /** One page in order of start (then id), plus one row to tell whether there is another. */
  page(args: LiveSessionsArgs): Promise<LiveSessionEntity[]> {
    const query = this.db.manager
      .createQueryBuilder(LiveSessionEntity, 's')
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(args.first + 1);
    if (args.courseId) query.where('s.course_id = :courseId', { courseId: args.courseId });
    if (args.programId) {
      query.andWhere('s.program_id = :programId', { programId: args.programId });
    }
    if (args.upcoming) {
      // Not ended yet. A session lasts at most maxHours, so the bound on starts_at lets the
      // (starts_at, id) indexes skip the past instead of reading it.
      const now = this.clock.now();
      query.andWhere('s.ends_at > :now', { now }).andWhere('s.starts_at > :earliest', {
        earliest: new Date(now.getTime() - LIVE_SESSION_LIMITS.maxHours * 3_600_000),
      });
    }
    if (args.after) {
      query.andWhere(
        '(s.starts_at, s.id) > (CAST(:key AS timestamptz), CAST(:id AS uuid))',
        decodeCursor(args.after),
      );
    }
    return query.getMany();
  }

  async byId(id: string, field = 'id'): Promise<LiveSessionEntity> {
    const session = await this.db.manager.findOneBy(LiveSessionEntity, { id });
    if (!session) throw new NotFoundError('No such live session', { field });
    return session;
  }

  async byIds(ids: readonly string[]): Promise<(LiveSessionEntity | null)[]> {
    const rows = await this.db.manager.findBy(LiveSessionEntity, { id: In([...ids]) });
    return byKey(ids, rows, (row) => row.id);
  }

  private async assertOwnerExists(owner: SessionOwner): Promise<void> {
    if (owner.courseId) {
      const [course] = await this.catalog.coursesByIds([owner.courseId]);
      if (!course) throw new NotFoundError('No such course', { field: 'courseId' });
    } else if (!(await this.staff.programExists(owner.programId!))) {
      throw new NotFoundError('No such credential program', { field: 'programId' });
    }
  }
}

/** The session row, locked until the transaction ends: seats are counted and given under it. */
export async function lockedSession(
  manager: EntityManager,
  sessionId: string,
  field = 'id',
): Promise<LiveSessionEntity> {
  const session = await manager.findOne(LiveSessionEntity, {
    where: { id: sessionId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!session) throw new NotFoundError('No such live session', { field });
  return session;
}

/** Whether the person holds a seat (not a waitlist place) at the session. */
export function hasSeat(
  manager: EntityManager,
  sessionId: string,
  userId: string,
): Promise<boolean> {
  return manager.existsBy(LiveSessionRegistrationEntity, {
    sessionId,
    userId,
    status: LiveRegistrationStatus.REGISTERED,
  });
}
