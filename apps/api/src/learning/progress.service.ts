import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ACTIVITY_CAP_SECONDS, requiredWatchSeconds, videoSecondsLeft } from '@fascicle/learning';
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
   * One report: the lesson's placement (the catalog keeps it once released), then one
   * statement. Every open lesson page calls this about once a minute, so it is the API's most
   * frequent write. The statement is atomic, as a transaction was: the clock and the progress
   * move together or not at all, so a crash never leaves the clock past seconds the progress
   * did not get (the seed replays its reports after a crash and must earn them again).
   *
   * The learner's one activity clock is locked (parallel reports take turns: the second reads
   * what the first wrote) and moved, never backwards (a server clock stepping back earns
   * nothing twice); the report earns the time since the previous report, capped, only if that
   * report was on the same lesson (a person reads one lesson at a time) and the page was not
   * hidden in between (`resumed`): `creditedSeconds` in @fascicle/learning, written here in SQL
   * with the lib's cap. A first report starts the clock and earns nothing. Nothing moves for
   * someone not enrolled in the lesson's version.
   *
   * Completion is stamped the first time the credited time reaches the requirement and the
   * video, if any, was watched (requiredWatchSeconds); seconds of video are the same interval
   * when the page says a video played through it. Active time keeps counting past completion
   * (the observed-time report compares the two), and the reading time is the active time when
   * the reader first reached the end of the text.
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
    const [row] = (await this.db.query(
      `WITH previous AS (
         SELECT lesson_id, last_report_at FROM learner_activity WHERE user_id = $1 FOR UPDATE
       ), enrolled AS (
         SELECT e.id FROM enrollments e WHERE e.user_id = $1 AND e.version_id = $6
       ), moved AS (
         INSERT INTO learner_activity AS a (user_id, lesson_id, last_report_at)
         SELECT $1, $2, $4 FROM enrolled
         ON CONFLICT (user_id) DO UPDATE
           SET lesson_id = EXCLUDED.lesson_id,
               last_report_at = GREATEST(a.last_report_at, EXCLUDED.last_report_at)
         RETURNING a.user_id
       ), earned AS (
         SELECT CASE WHEN $9::boolean OR p.lesson_id IS DISTINCT FROM $2::uuid THEN 0
                     ELSE LEAST(GREATEST(
                       floor(extract(epoch FROM $4::timestamptz - p.last_report_at))::int, 0),
                       $10::int)
                END AS credit
           FROM (SELECT 1) one LEFT JOIN previous p ON true
       )
       INSERT INTO lesson_progress AS p
              (enrollment_id, lesson_id, credited_seconds, active_seconds, reached_end_seconds,
               watched_seconds, last_activity_at, completed_at)
       SELECT e.id, $2::uuid, LEAST($3::int, c.credit), c.credit,
              CASE WHEN $5::boolean THEN c.credit END,
              CASE WHEN $7::boolean THEN c.credit ELSE 0 END, $4::timestamptz,
              CASE WHEN c.credit >= $3::int
                    AND (CASE WHEN $7::boolean THEN c.credit ELSE 0 END) >= $8::int
                   THEN $4::timestamptz END
         FROM enrolled e CROSS JOIN earned c
       ON CONFLICT (enrollment_id, lesson_id) DO UPDATE SET
         credited_seconds = LEAST($3::int, p.credited_seconds + EXCLUDED.active_seconds),
         active_seconds = p.active_seconds + EXCLUDED.active_seconds,
         reached_end_seconds = COALESCE(p.reached_end_seconds,
           CASE WHEN $5::boolean THEN p.active_seconds + EXCLUDED.active_seconds END),
         watched_seconds = p.watched_seconds + EXCLUDED.watched_seconds,
         last_activity_at = $4,
         completed_at = COALESCE(p.completed_at,
           CASE WHEN p.credited_seconds + EXCLUDED.active_seconds >= $3::int
                 AND p.watched_seconds + EXCLUDED.watched_seconds >= $8::int
                THEN $4::timestamptz END)
       RETURNING enrollment_id AS "enrollmentId", credited_seconds AS "creditedSeconds",
                 watched_seconds AS "watchedSeconds", completed_at AS "completedAt"`,
      [
        principal.userId,
        lessonId,
        required,
        this.clock.now(),
        reachedEnd,
        lesson.versionId,
        playing && lesson.videoSeconds > 0,
        requiredWatchSeconds(lesson.videoSeconds),
        resumed,
        ACTIVITY_CAP_SECONDS,
      ],
    )) as {
      enrollmentId: string;
      creditedSeconds: number;
      watchedSeconds: number;
      completedAt: Date | null;
    }[];
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
