import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { creditedSeconds } from '@fascicle/learning';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { EnrollmentEntity } from './entities/enrollment.entity.js';
import { LearnerActivityEntity } from './entities/learner-activity.entity.js';
import { LessonProgressEntity } from './entities/lesson-progress.entity.js';
import { LearningErrors } from './learning-errors.js';

export interface LessonProgressView {
  enrollmentId: string;
  lessonId: string;
  creditedSeconds: number;
  requiredSeconds: number;
  completed: boolean;
}

/**
 * Seat time, measured by the server. The lesson view reports activity while it is open;
 * each report credits the time since the learner's previous report by the server's clock,
 * capped (`creditedSeconds` in @fascicle/learning), so minutes cannot be claimed in one call,
 * by a client's clock, or by several lessons open at once. A lesson completes when its seat
 * time is met.
 */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly catalog: CatalogReader,
  ) {}

  /**
   * One report: five statements in one transaction (the learner's activity clock locked,
   * then the lesson's progress upserted). Every open lesson page calls this about once a
   * minute, so it is the API's most frequent write.
   */
  async recordActivity(
    lessonId: string,
    principal: Principal,
    resumed = false,
    reachedEnd = false,
  ): Promise<LessonProgressView> {
    const lesson = await this.lesson(lessonId);
    const required = lesson.seatTimeMinutes * 60;
    return this.db.transaction(async (manager) => {
      const enrollment = await this.enrollment(manager, principal.userId, lesson.versionId);
      const now = this.clock.now();
      const taken = await this.takeCredit(manager, principal.userId, lessonId, now);
      // After a pause the page says so: the time it was hidden is not seat time.
      const credit = resumed ? 0 : taken;
      // Completion is stamped the first time the credited time reaches the requirement. Active
      // time keeps counting past it (the observed-time report compares the two), and the
      // reading time is the active time when the reader first reached the end of the text.
      const [row] = (await manager.query(
        `INSERT INTO lesson_progress AS p
                (enrollment_id, lesson_id, credited_seconds, active_seconds, reached_end_seconds,
                 last_activity_at, completed_at)
         VALUES ($1, $2, LEAST($3::int, $4::int), $4::int, CASE WHEN $6 THEN $4::int END, $5,
                 CASE WHEN $4::int >= $3::int THEN $5::timestamptz END)
         ON CONFLICT (enrollment_id, lesson_id) DO UPDATE SET
           credited_seconds = LEAST($3::int, p.credited_seconds + $4::int),
           active_seconds = p.active_seconds + $4::int,
           reached_end_seconds = COALESCE(p.reached_end_seconds,
             CASE WHEN $6 THEN p.active_seconds + $4::int END),
           last_activity_at = $5,
           completed_at = COALESCE(p.completed_at,
             CASE WHEN p.credited_seconds + $4::int >= $3::int THEN $5::timestamptz END)
         RETURNING credited_seconds AS "creditedSeconds", completed_at AS "completedAt"`,
        [enrollment.id, lessonId, required, credit, now, reachedEnd],
      )) as { creditedSeconds: number; completedAt: Date | null }[];
      return {
        enrollmentId: enrollment.id,
        lessonId,
        creditedSeconds: row.creditedSeconds,
        requiredSeconds: required,
        completed: row.completedAt !== null,
      };
    });
  }

  /** Marks the lesson done; refused until its seat time is met. */
  async complete(lessonId: string, principal: Principal): Promise<LessonProgressView> {
    const lesson = await this.lesson(lessonId);
    const required = lesson.seatTimeMinutes * 60;
    return this.db.transaction(async (manager) => {
      const enrollment = await this.enrollment(manager, principal.userId, lesson.versionId);
      const progress = await manager.findOne(LessonProgressEntity, {
        where: { enrollmentId: enrollment.id, lessonId },
        lock: { mode: 'pessimistic_write' },
      });
      const credited = progress?.creditedSeconds ?? 0;
      if (!progress || credited < required)
        throw LearningErrors.seatTimeNotMet(required - credited);
      progress.completedAt ??= this.clock.now();
      await manager.save(progress);
      return view(progress, required);
    });
  }

  /**
   * The seconds this report earns, from the learner's one activity clock (locked, so
   * parallel reports take turns): the time since their previous report, capped, and only
   * if that report was on the same lesson (a person reads one lesson at a time). The clock
   * never moves backwards, so a server clock stepping back earns nothing twice.
   */
  private async takeCredit(
    manager: EntityManager,
    userId: string,
    lessonId: string,
    now: Date,
  ): Promise<number> {
    const lockClock = () =>
      manager.findOne(LearnerActivityEntity, {
        where: { userId },
        lock: { mode: 'pessimistic_write' },
      });
    let clock = await lockClock();
    if (!clock) {
      // The learner's first report ever; a parallel first report may insert it too.
      await manager
        .createQueryBuilder()
        .insert()
        .into(LearnerActivityEntity)
        .values({ userId, lessonId, lastReportAt: now })
        .orIgnore()
        .execute();
      clock = (await lockClock())!;
    }
    const credit = clock.lessonId === lessonId ? creditedSeconds(clock.lastReportAt, now) : 0;
    await manager.update(
      LearnerActivityEntity,
      { userId },
      { lessonId, lastReportAt: now > clock.lastReportAt ? now : clock.lastReportAt },
    );
    return credit;
  }

  private async lesson(lessonId: string) {
    const lesson = await this.catalog.lessonPlacement(lessonId);
    if (!lesson) throw LearningErrors.lessonNotFound();
    return lesson;
  }

  private async enrollment(
    manager: EntityManager,
    userId: string,
    versionId: string,
  ): Promise<EnrollmentEntity> {
    const enrollment = await manager.findOneBy(EnrollmentEntity, { userId, versionId });
    if (!enrollment) throw LearningErrors.notEnrolled();
    return enrollment;
  }
}

function view(progress: LessonProgressEntity, required: number): LessonProgressView {
  return {
    enrollmentId: progress.enrollmentId,
    lessonId: progress.lessonId,
    creditedSeconds: progress.creditedSeconds,
    requiredSeconds: required,
    completed: progress.completedAt !== null,
  };
}
