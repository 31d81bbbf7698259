import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Role } from '@fascicle/common';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { isAuthor } from '../catalog/draft-guard.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { CredentialsReader } from '../credentials/credentials-reader.js';
import type { Principal } from '../identity/auth/principal.js';
import type { LiveSessionEntity } from './entities/live-session.entity.js';

/** What a session belongs to: a course or a credential program, never both. */
export interface SessionOwner {
  courseId: string | null;
  programId: string | null;
}

/**
 * Who runs a session. Organisers (schedule, cancel): admins and the authors of its course or
 * of one of its program's courses. Staff (the check-in code, the roster, corrections, the join
 * link): the organisers and the session's creator.
 */
@Injectable()
export class LiveSessionStaff {
  constructor(
    private readonly catalog: CatalogReader,
    private readonly credentials: CredentialsReader,
  ) {}

  /** Pass the caller's transaction: the embedded database has one connection. */
  async canOrganise(
    manager: EntityManager,
    owner: SessionOwner,
    actor: Principal,
  ): Promise<boolean> {
    if (actor.roles.includes(Role.ADMIN)) return true;
    const courseIds = owner.courseId
      ? [owner.courseId]
      : ((await this.credentials.courseIdsByProgramIds([owner.programId!], manager))[0] ?? []);
    for (const courseId of courseIds) {
      if (await isAuthor(manager, courseId, actor.userId)) return true;
    }
    return false;
  }

  async assertOrganiser(manager: EntityManager, owner: SessionOwner, actor: Principal) {
    if (await this.canOrganise(manager, owner, actor)) return;
    throw new ForbiddenError(
      owner.programId
        ? "Only the authors of the program's courses or an admin can organise its sessions"
        : "Only the course's authors or an admin can schedule its sessions",
    );
  }

  async isStaff(
    manager: EntityManager,
    session: LiveSessionEntity,
    actor: Principal,
  ): Promise<boolean> {
    return session.createdBy === actor.userId || this.canOrganise(manager, session, actor);
  }

  async assertStaff(
    manager: EntityManager,
    session: LiveSessionEntity,
    actor: Principal,
    what: string,
  ): Promise<void> {
    if (await this.isStaff(manager, session, actor)) return;
    throw new ForbiddenError(`Only the session's instructors or an admin can ${what}`);
  }

  /**
   * Whether `userId` runs each session as its creator or an author, outside any transaction:
   * a constant number of queries for any number of sessions (the DataLoader's batch).
   */
  async staffedBy(userId: string, sessions: readonly LiveSessionEntity[]): Promise<boolean[]> {
    const programIds = [
      ...new Set(sessions.flatMap((session) => (session.programId ? [session.programId] : []))),
    ];
    const [programCourses, authored] = await Promise.all([
      programIds.length > 0 ? this.credentials.courseIdsByProgramIds(programIds) : [],
      this.catalog.authoredCourses(userId),
    ]);
    const courses = new Map(programIds.map((id, i) => [id, programCourses[i] ?? []]));
    const mine = new Set(authored.map((course) => course.id));
    return sessions.map(
      (session) =>
        session.createdBy === userId ||
        (session.courseId
          ? mine.has(session.courseId)
          : (courses.get(session.programId!) ?? []).some((id) => mine.has(id))),
    );
  }

  async programExists(programId: string): Promise<boolean> {
    const [program] = await this.credentials.programsByIds([programId]);
    return program != null;
  }
}
