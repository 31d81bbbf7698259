import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CourseVersionStatus, isReleased } from '@fascicle/catalog';
import type { GateLesson } from '@fascicle/learning';
import { InvalidInputError } from '../common/errors/domain-error.js';
import { byKey, groupByKey } from '../common/database/batch.js';
import { RawEntityReader } from '../database/raw-entity-reader.js';
import { decodeCursor } from '../common/pagination/connection.js';
import { IdentityReader } from '../identity/identity-reader.js';
import { ApprovalFilter, type CoursesArgs } from './dto/courses.args.js';
import { CourseApprovalEntity } from './entities/course-approval.entity.js';
import { CourseAuthorEntity } from './entities/course-author.entity.js';
import { CourseModuleEntity } from './entities/course-module.entity.js';
import { CoursePrerequisiteEntity } from './entities/course-prerequisite.entity.js';
import { CourseVersionEntity } from './entities/course-version.entity.js';
import { CourseEntity } from './entities/course.entity.js';
import { LessonEntity } from './entities/lesson.entity.js';

/** A catalog row with its sort key as the database computed it (`lower(title)`). */
export type CatalogRow = CourseEntity & { sortKey: string };

export interface LessonPlacement {
  seatTimeMinutes: number;
  versionId: string;
  /** The length of the lesson's videos, whole seconds (0 without video). */
  videoSeconds: number;
}

/** The LIMIT of a page: one row more than asked, to know whether another page follows. */
function pageLimit(first: number): number {
  // Written into the SQL (as TypeORM's `limit` did): checked to be a whole number first.
  if (!Number.isSafeInteger(first) || first < 0) throw new Error(`Invalid page size ${first}`);
  return first + 1;
}

/** How many released lessons' placement is kept: far more than a catalog of hundreds of lessons. */
const PLACEMENTS_KEPT = 5_000;

/**
 * Reads for the catalog. List reads come in two kinds: one query for a page, and batch
 * reads by many ids at once (behind the request's DataLoaders), so the number of queries
 * for a page does not depend on its size.
 */
@Injectable()
export class CatalogReader {
  private readonly placements = new Map<string, LessonPlacement>();

  /** A catalog page reads its courses, their versions, modules and lessons (raw-entity-reader.ts). */
  private readonly courseRows: RawEntityReader<CourseEntity>;
  private readonly versionRows: RawEntityReader<CourseVersionEntity>;
  private readonly moduleRows: RawEntityReader<CourseModuleEntity>;
  private readonly lessonRows: RawEntityReader<LessonEntity>;
  private readonly pageSelect: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly identity: IdentityReader,
  ) {
    this.courseRows = new RawEntityReader(db, CourseEntity);
    this.versionRows = new RawEntityReader(db, CourseVersionEntity);
    this.moduleRows = new RawEntityReader(db, CourseModuleEntity);
    this.lessonRows = new RawEntityReader(db, LessonEntity);
    // The join is many-to-one (each course's current version), so rows cannot multiply.
    this.pageSelect =
      `SELECT ${this.courseRows.selectAs('c')}, ${this.versionRows.selectAs('v')}, ` +
      'lower("v"."title") AS "sort_key" FROM "courses" "c" ' +
      'INNER JOIN "course_versions" "v" ON "v"."id"="c"."published_version_id"';
  }

  /**
   * One page of the public catalog: courses with a published version, by title, each with
   * that version joined (`publishedVersion`). Written by hand and hydrated by RawEntityReader
   * (every catalog visit sends it): the same SQL TypeORM's query builder made, as
   * test/credentials/raw-reads.e2e.ts checks.
   */
  async pageCourses(args: CoursesArgs, today: string): Promise<CatalogRow[]> {
    const parameters: unknown[] = [];
    const parameter = (value: unknown) => `$${parameters.push(value)}`;
    const conditions: string[] = [];
    if (args.after) {
      const { key, id } = decodeCursor(args.after);
      conditions.push(`(lower(v.title), c.id) > (${parameter(key)}, ${parameter(id)})`);
    }
    if (args.search?.trim()) {
      // Same expression as course_versions_search_idx, so the index serves it.
      conditions.push(
        `to_tsvector('english', v.title || ' ' || v.summary) @@ websearch_to_tsquery('english', ${parameter(args.search.trim())})`,
      );
    }
    // GraphQL passes an explicit null for a filter the client left empty: no filter.
    const min = args.minCeHours ?? null;
    const max = args.maxCeHours ?? null;
    if (min !== null && max !== null && min > max) {
      throw InvalidInputError.of('maxCeHours', 'maxCeHours must not be less than minCeHours');
    }
    // The same hours the catalog shows: 60-minute hours, rounded down to the quarter.
    const hours = 'floor(v.credit_minutes / 15.0) / 4';
    if (min !== null) conditions.push(`${hours} >= ${parameter(min)}`);
    if (max !== null) conditions.push(`${hours} <= ${parameter(max)}`);
    if (args.topic) conditions.push(`v.topic_tags @> ARRAY[${parameter(args.topic)}]::text[]`);
    if (args.approval) {
      // A sample (demonstration) record is not an approval.
      const day = parameter(today);
      const active = `EXISTS (SELECT 1 FROM course_approvals a WHERE a.course_id = c.id
        AND NOT a.is_sample
        AND a.valid_from <= ${day} AND (a.valid_until IS NULL OR a.valid_until >= ${day}))`;
      conditions.push(args.approval === ApprovalFilter.APPROVED ? active : `NOT ${active}`);
    }
    const rows: Record<string, unknown>[] = await this.db.query(
      `${this.pageSelect}${conditions.length ? ` WHERE (${conditions.join(') AND (')})` : ''}` +
        // The cursor must carry the key exactly as the database sorts it (its collation's
        // lower(), which a JS toLowerCase() does not always match).
        ` ORDER BY lower("v"."title") ASC, "c"."id" ASC LIMIT ${pageLimit(args.first)}`,
      parameters,
    );
    return rows.map((row) =>
      Object.assign(this.courseRows.hydrate(row, 'c'), {
        publishedVersion: this.versionRows.hydrate(row, 'v'),
        sortKey: row['sort_key'] as string,
      }),
    );
  }

  courseBySlug(slug: string): Promise<CourseEntity | null> {
    return this.db.manager.findOneBy(CourseEntity, { slug });
  }

  /**
   * Pass the caller's transaction when there is one: the embedded database has a single
   * connection, so a read beside an open transaction would wait for it forever.
   */
  versionById(
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<CourseVersionEntity | null> {
    return manager.findOneBy(CourseVersionEntity, { id });
  }

  /** A module by id, in the caller's transaction (see `versionById`). */
  moduleById(
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<CourseModuleEntity | null> {
    return manager.findOneBy(CourseModuleEntity, { id });
  }

  /**
   * What seat-time reports need of a lesson: its required minutes and its version. Every
   * open lesson page reports about once a minute, so a released version's lessons (which
   * never change) are kept here after the first read; a draft's are read every time.
   */
  async lessonPlacement(lessonId: string): Promise<LessonPlacement | null> {
    const kept = this.placements.get(lessonId);
    if (kept) return kept;
    const [row] = (await this.db.query(
      `SELECT l.seat_time_minutes AS "seatTimeMinutes", m.version_id AS "versionId", v.status,
              (SELECT COALESCE(sum(d.duration_seconds), 0)::int FROM lesson_media d
                WHERE d.lesson_id = l.id AND d.kind = 'VIDEO') AS "videoSeconds"
         FROM lessons l
         JOIN course_modules m ON m.id = l.module_id
         JOIN course_versions v ON v.id = m.version_id
        WHERE l.id = $1`,
      [lessonId],
    )) as (LessonPlacement & { status: CourseVersionStatus })[];
    if (!row) return null;
    const placement = {
      seatTimeMinutes: row.seatTimeMinutes,
      versionId: row.versionId,
      videoSeconds: row.videoSeconds,
    };
    if (isReleased(row.status)) {
      // Bounded: past the limit the lesson kept longest goes first.
      if (this.placements.size >= PLACEMENTS_KEPT) {
        this.placements.delete(this.placements.keys().next().value!);
      }
      this.placements.set(lessonId, placement);
    }
    return placement;
  }

  /**
   * Whether a version asks for lessons before quizzes, and its lessons in course order (module
   * by module), in the caller's transaction: what the quiz gate decides from.
   */
  async quizGate(
    versionId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<{ quizzesAfterLessons: boolean; lessons: GateLesson[] }> {
    const version = await manager.findOneBy(CourseVersionEntity, { id: versionId });
    if (!version?.quizzesAfterLessons) return { quizzesAfterLessons: false, lessons: [] };
    const lessons = (await manager.query(
      `SELECT l.id, l.module_id AS "moduleId", l.title
         FROM lessons l JOIN course_modules m ON m.id = l.module_id
        WHERE m.version_id = $1
        ORDER BY m.position, l.position`,
      [versionId],
    )) as GateLesson[];
    return { quizzesAfterLessons: true, lessons };
  }

  /** Courses the user writes, drafts included, newest first. */
  authoredCourses(userId: string): Promise<CourseEntity[]> {
    return this.db.manager
      .createQueryBuilder(CourseEntity, 'c')
      .innerJoin(CourseAuthorEntity, 'a', 'a.course_id = c.id AND a.user_id = :userId', { userId })
      .orderBy('c.created_at', 'DESC')
      .limit(500)
      .getMany();
  }

  /** Versions waiting for an admin, oldest submission first. */
  reviewQueue(): Promise<CourseVersionEntity[]> {
    return this.db.manager.find(CourseVersionEntity, {
      where: { status: CourseVersionStatus.IN_REVIEW },
      order: { submittedAt: 'ASC' },
      take: 200,
    });
  }

  // Batch reads for the DataLoaders: one query each, results in the order of the keys.

  async coursesByIds(ids: readonly string[]): Promise<(CourseEntity | null)[]> {
    const rows = await this.db.manager.findBy(CourseEntity, { id: In([...ids]) });
    return byKey(ids, rows, (row) => row.id);
  }

  async versionsByIds(ids: readonly string[]): Promise<(CourseVersionEntity | null)[]> {
    const rows = await this.db.manager.findBy(CourseVersionEntity, { id: In([...ids]) });
    return byKey(ids, rows, (row) => row.id);
  }

  async versionsByCourseIds(courseIds: readonly string[]): Promise<CourseVersionEntity[][]> {
    const rows = await this.db.manager.find(CourseVersionEntity, {
      where: { courseId: In([...courseIds]) },
      order: { number: 'ASC' },
    });
    return groupByKey(courseIds, rows, (row) => row.courseId);
  }

  async modulesByVersionIds(versionIds: readonly string[]): Promise<CourseModuleEntity[][]> {
    const rows = await this.moduleRows.where('"version_id" = ANY($1::uuid[]) ORDER BY "position"', [
      versionIds,
    ]);
    return groupByKey(versionIds, rows, (row) => row.versionId);
  }

  async modulesByIds(ids: readonly string[]): Promise<(CourseModuleEntity | null)[]> {
    const rows = await this.db.manager.findBy(CourseModuleEntity, { id: In([...ids]) });
    return byKey(ids, rows, (row) => row.id);
  }

  async lessonsByIds(ids: readonly string[]): Promise<(LessonEntity | null)[]> {
    const rows = await this.db.manager.findBy(LessonEntity, { id: In([...ids]) });
    return byKey(ids, rows, (row) => row.id);
  }

  async lessonsByModuleIds(moduleIds: readonly string[]): Promise<LessonEntity[][]> {
    const rows = await this.lessonRows.where('"module_id" = ANY($1::uuid[]) ORDER BY "position"', [
      moduleIds,
    ]);
    return groupByKey(moduleIds, rows, (row) => row.moduleId);
  }

  /** Each lesson's video length, whole seconds (0 without video), in the order asked. */
  async videoSecondsByLessonIds(ids: readonly string[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = (await this.db.query(
      `SELECT lesson_id AS "lessonId", COALESCE(sum(duration_seconds), 0)::int AS seconds
         FROM lesson_media WHERE lesson_id = ANY($1::uuid[]) AND kind = 'VIDEO'
        GROUP BY lesson_id`,
      [[...new Set(ids)]],
    )) as { lessonId: string; seconds: number }[];
    const byLesson = new Map(rows.map((row) => [row.lessonId, row.seconds]));
    return ids.map((id) => byLesson.get(id) ?? 0);
  }

  async seatMinutesByVersionIds(versionIds: readonly string[]): Promise<number[]> {
    const rows = (await this.db.query(
      `SELECT m.version_id AS "versionId", COALESCE(SUM(l.seat_time_minutes), 0)::int AS minutes
         FROM course_modules m JOIN lessons l ON l.module_id = m.id
        WHERE m.version_id = ANY($1::uuid[]) GROUP BY m.version_id`,
      [versionIds],
    )) as { versionId: string; minutes: number }[];
    const minutes = new Map(rows.map((row) => [row.versionId, row.minutes]));
    return versionIds.map((id) => minutes.get(id) ?? 0);
  }

  async approvalsByCourseIds(courseIds: readonly string[]): Promise<CourseApprovalEntity[][]> {
    const rows = await this.db.manager.find(CourseApprovalEntity, {
      where: { courseId: In([...courseIds]) },
      order: { validFrom: 'DESC' },
    });
    return groupByKey(courseIds, rows, (row) => row.courseId);
  }

  /** Names come from the identity module: two queries for any number of courses. */
  async authorsByCourseIds(
    courseIds: readonly string[],
  ): Promise<{ userId: string; displayName: string }[][]> {
    const links = await this.db.manager.find(CourseAuthorEntity, {
      where: { courseId: In([...courseIds]) },
      order: { addedAt: 'ASC', userId: 'ASC' },
    });
    const accounts = await this.identity.accountsByIds(links.map((link) => link.userId));
    const authors = links.map((link, i) => ({
      courseId: link.courseId,
      userId: link.userId,
      displayName: accounts[i]!.displayName,
    }));
    return groupByKey(courseIds, authors, (author) => author.courseId).map((group) =>
      group.map(({ userId, displayName }) => ({ userId, displayName })),
    );
  }

  async prerequisitesByCourseIds(courseIds: readonly string[]): Promise<CourseEntity[][]> {
    const links = await this.db.manager.find(CoursePrerequisiteEntity, {
      where: { courseId: In([...courseIds]) },
      relations: { prerequisite: true },
    });
    const grouped = groupByKey(courseIds, links, (link) => link.courseId);
    return grouped.map((group) => group.map((link) => link.prerequisite!));
  }
}
