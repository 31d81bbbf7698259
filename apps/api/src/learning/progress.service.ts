import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { creditedSeconds, requiredWatchSeconds, videoSecondsLeft } from '@fascicle/learning';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { EnrollmentEntity } from './entities/enrollment.entity.js';
import { LessonProgressEntity } from './entities/lesson-progress.entity.js';
import { LearningErrors } from './learning-errors.js';

export interface LessonProgressView {
  enrollmentId: string;
  lessonId: string;
  creditedSeconds: number;
  requiredSeconds: number;
  watchedSeconds: number;
  videoSeconds: number;
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
   * One report: the lesson's placement (the catalog keeps it once released), then two
   * statements, each atomic on its own: the learner's activity clock locked, moved and read
   * (only for an enrolled learner), then the lesson's progress upserted through the
   * enrollment. Every open lesson page calls this about once a minute, so it is the API's most
   * frequent write: no transaction around the two (a crash between them loses at most one
   * report's seconds, which the clock has then moved past).
   */
  async recordActivity(
    lessonId: string,
    principal: Principal,
    resumed = false,
    reachedEnd = false,
    playing = false,
  ): Promise<LessonProgressView> {
    const lesson = await this.lesson(lessonId);
    const required = lesson.seatTimeMinutes * 60;
    const now = this.clock.now();
    const taken = await this.takeCredit(principal.userId, lessonId, lesson.versionId, now);
    // After a pause the page says so: the time it was hidden is not seat time.
    const credit = resumed ? 0 : taken;
    // Seconds of video: the same server-measured interval, when the page says a video played
    // through it (a lesson without video has none to watch).
    const watched = playing && lesson.videoSeconds > 0 ? credit : 0;
    // Completion is stamped the first time the credited time reaches the requirement and the
    // video, if any, was watched (requiredWatchSeconds). Active time keeps counting past it
    // (the observed-time report compares the two), and the reading time is the active time
    // when the reader first reached the end of the text.
    const [row] = (await this.db.query(
      `INSERT INTO lesson_progress AS p
              (enrollment_id, lesson_id, credited_seconds, active_seconds, reached_end_seconds,
               watched_seconds, last_activity_at, completed_at)
       SELECT e.id, $2::uuid, LEAST($3::int, $4::int), $4::int,
              CASE WHEN $6::boolean THEN $4::int END, $8::int, $5::timestamptz,
              CASE WHEN $4::int >= $3::int AND $8::int >= $9::int
                   THEN $5::timestamptz END
         FROM enrollments e WHERE e.user_id = $1 AND e.version_id = $7
       ON CONFLICT (enrollment_id, lesson_id) DO UPDATE SET
         credited_seconds = LEAST($3::int, p.credited_seconds + $4::int),
         active_seconds = p.active_seconds + $4::int,
         reached_end_seconds = COALESCE(p.reached_end_seconds,
           CASE WHEN $6::boolean THEN p.active_seconds + $4::int END),
         watched_seconds = p.watched_seconds + $8::int,
         last_activity_at = $5,
         completed_at = COALESCE(p.completed_at,
           CASE WHEN p.credited_seconds + $4::int >= $3::int
                 AND p.watched_seconds + $8::int >= $9::int
                THEN $5::timestamptz END)
       RETURNING enrollment_id AS "enrollmentId", credited_seconds AS "creditedSeconds",
                 watched_seconds AS "watchedSeconds", completed_at AS "completedAt"`,
      [
        principal.userId,
        lessonId,
        required,
        credit,
        now,
        reachedEnd,
        lesson.versionId,
        watched,
        requiredWatchSeconds(lesson.videoSeconds),
      ],
    )) as {
      enrollmentId: string;
      creditedSeconds: number;
      watchedSeconds: number;
      completedAt: Date | null;
    }[];
    // The enrollment was there a statement ago; only a withdrawal in between lands here.
    if (!row) throw LearningErrors.notEnrolled();
    return {
      enrollmentId: row.enrollmentId,
      lessonId,
      creditedSeconds: row.creditedSeconds,
      requiredSeconds: required,
      watchedSeconds: row.watchedSeconds,
      videoSeconds: lesson.videoSeconds,
      completed: row.completedAt !== null,
    };
  }

  /** Marks the lesson done; refused until its seat time is met. */
  async complete(lessonId: string, principal: Principal): Promise<LessonProgressView> {
    const lesson = await this.lesson(lessonId);
    const required = lesson.seatTimeMinutes * 60;
    const videoSeconds = lesson.videoSeconds;
    return this.db.transaction(async (manager) => {
      const enrollment = await this.enrollment(manager, principal.userId, lesson.versionId);
      const progress = await manager.findOne(LessonProgressEntity, {
        where: { enrollmentId: enrollment.id, lessonId },
        lock: { mode: 'pessimistic_write' },
      });
      const credited = progress?.creditedSeconds ?? 0;
      if (!progress || credited < required)
        throw LearningErrors.seatTimeNotMet(required - credited);
      const videoLeft = videoSecondsLeft({ videoSeconds, watchedSeconds: progress.watchedSeconds });
      if (videoLeft > 0) throw LearningErrors.videoNotWatched(videoLeft);
      progress.completedAt ??= this.clock.now();
      await manager.save(progress);
      return view(progress, required, videoSeconds);
    });
  }

  /**
   * The seconds this report earns, from the learner's one activity clock: the time since their
   * previous report, capped, and only if that report was on the same lesson (a person reads
   * one lesson at a time). One statement locks the clock (parallel reports take turns: the
   * second reads what the first wrote), moves it (never backwards, so a server clock stepping
   * back earns nothing twice; a first report starts it and earns nothing) and returns where it
   * stood; it moves nothing for someone not enrolled in the lesson's version.
   */
  private async takeCredit(
    userId: string,
    lessonId: string,
    versionId: string,
    now: Date,
  ): Promise<number> {
    const [clock] = (await this.db.query(
      `WITH previous AS (
         SELECT lesson_id, last_report_at FROM learner_activity WHERE user_id = $1 FOR UPDATE
       ), moved AS (
         INSERT INTO learner_activity AS a (user_id, lesson_id, last_report_at)
         SELECT $1, $2, $3
          WHERE EXISTS (SELECT 1 FROM enrollments e WHERE e.user_id = $1 AND e.version_id = $4)
         ON CONFLICT (user_id) DO UPDATE
           SET lesson_id = EXCLUDED.lesson_id,
               last_report_at = GREATEST(a.last_report_at, EXCLUDED.last_report_at)
         RETURNING a.user_id
       )
       SELECT (SELECT count(*) FROM moved)::int AS moved, p.lesson_id AS "lessonId",
              p.last_report_at AS "lastReportAt"
         FROM (SELECT 1) one LEFT JOIN previous p ON true`,
      [userId, lessonId, now, versionId],
    )) as { moved: number; lessonId: string | null; lastReportAt: Date | null }[];
    if (!clock || clock.moved === 0) throw LearningErrors.notEnrolled();
    return clock.lessonId === lessonId ? creditedSeconds(clock.lastReportAt, now) : 0;
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

function view(
  progress: LessonProgressEntity,
  required: number,
  videoSeconds: number,
): LessonProgressView {
  return {
    enrollmentId: progress.enrollmentId,
    lessonId: progress.lessonId,
    creditedSeconds: progress.creditedSeconds,
    requiredSeconds: required,
    watchedSeconds: progress.watchedSeconds,
    videoSeconds,
    completed: progress.completedAt !== null,
  };
}
