import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Role } from '@fascicle/common';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { isAuthor } from '../catalog/draft-guard.js';
import { byKey } from '../common/database/batch.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error.js';
import { decodeCursor } from '../common/pagination/connection.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import type { LiveSessionsArgs, ScheduleLiveSessionInput } from './dto/live-session.input.js';
import { LiveSessionEntity } from './entities/live-session.entity.js';
import { checkSchedule } from './live-session-rules.js';

/** Scheduling and cancelling live sessions (a course's authors or an admin), and reading them. */
@Injectable()
export class LiveSessions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogReader,
    private readonly clock: Clock,
  ) {}

  async schedule(input: ScheduleLiveSessionInput, actor: Principal): Promise<LiveSessionEntity> {
    checkSchedule(input, this.clock.now());
    const [course] = await this.catalog.coursesByIds([input.courseId]);
    if (!course) throw new NotFoundError('No such course', { field: 'courseId' });
    await this.assertOrganiser(this.db.manager, input.courseId, actor);
    return this.db.manager.save(
      this.db.manager.create(LiveSessionEntity, {
        courseId: input.courseId,
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
      await this.assertOrganiser(manager, session.courseId, actor);
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
    if (args.after) {
      query.andWhere(
        '(s.starts_at, s.id) > (CAST(:key AS timestamptz), CAST(:id AS uuid))',
        decodeCursor(args.after),
      );
    }
    return query.getMany();
  }

  async byId(id: string): Promise<LiveSessionEntity> {
    const session = await this.db.manager.findOneBy(LiveSessionEntity, { id });
    if (!session) throw new NotFoundError('No such live session', { field: 'id' });
    return session;
  }

  async byIds(ids: readonly string[]): Promise<(LiveSessionEntity | null)[]> {
    const rows = await this.db.manager.findBy(LiveSessionEntity, { id: In([...ids]) });
    return byKey(ids, rows, (row) => row.id);
  }

  private async assertOrganiser(
    manager: EntityManager,
    courseId: string,
    actor: Principal,
  ): Promise<void> {
    if (actor.roles.includes(Role.ADMIN)) return;
    if (await isAuthor(manager, courseId, actor.userId)) return;
    throw new ForbiddenError("Only the course's authors or an admin can schedule its sessions");
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
