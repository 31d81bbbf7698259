import type { DataSource } from 'typeorm';
import { creditedSeconds, requiredWatchSeconds } from '@fascicle/learning';
import type { CatalogReader } from '../catalog/catalog-reader.js';
import type { Principal } from '../identity/auth/principal.js';

const MINUTE = 60_000;

/** One lesson read by a simulated learner: a report at each minute from `from`. */
export interface LessonReading {
  lessonId: string;
  /** The first report; one more follows each minute until the seat time is met. */
  from: Date;
  /** The minute whose report says the reader reached the end of the text. */
  endAt: number;
}

interface Progress {
  credited: number;
  active: number;
  reachedEnd: number | null;
  watched: number;
  lastActivityAt: Date | null;
  completedAt: Date | null;
}

/** The learner's activity clock and the lesson's progress row, if any. */
interface Stored {
  enrollmentId: string;
  activityLessonId: string | null;
  lastReportAt: Date | null;
  progress: Progress | null;
}

/**
 * Seed only: what a lesson page open for its whole seat time leaves, written at once. The
 * web app reports once a minute (`ProgressService.recordActivity`, one statement each) and
 * then marks the lesson done (`ProgressService.complete`); the demo learners read 456 lessons,
 * about 6,450 reports, the seed's largest cost in the embedded database. Here the stored state
 * is read once, every report is folded over it with the service's rules (the lib's
 * `creditedSeconds` and cap, credit only on the lesson of the previous report, the reading
 * time at the first report that reached the end, completion the first time the credited time
 * meets the requirement and the video was watched), and the result is written in one
 * statement: the same rows, to the second, as the reports would have left.
 *
 * Folding over what is stored keeps a replay harmless, as it is for the service: reports at
 * times already counted earn nothing. The write is one statement, so a crash leaves the lesson
 * as it was before it or as it is after it.
 *
 * It writes the learning module's tables directly, which nothing outside the seed may do: a
 * public API that accepts an hour of reports at once would let a client claim seat time.
 */
export class LessonReadingWriter {
  constructor(
    private readonly db: DataSource,
    private readonly catalog: CatalogReader,
  ) {}

  async read(reading: LessonReading, principal: Principal): Promise<void> {
    const lesson = await this.catalog.lessonPlacement(reading.lessonId);
    if (!lesson) throw new Error(`lesson ${reading.lessonId} not found`);
    const need = {
      required: lesson.seatTimeMinutes * 60,
      watch: requiredWatchSeconds(lesson.videoSeconds),
    };
    const stored = await this.stored(principal.userId, lesson.versionId, reading.lessonId);
    let onLesson = stored.activityLessonId === reading.lessonId;
    let lastReportAt = stored.lastReportAt;
    let progress = stored.progress;
    for (let minute = 0; minute <= lesson.seatTimeMinutes; minute += 1) {
      const at = new Date(reading.from.getTime() + minute * MINUTE);
      const credit = onLesson ? creditedSeconds(lastReportAt, at) : 0;
      progress = report(progress, credit, minute === reading.endAt, at, need);
      // The activity clock never moves backwards (a replayed report leaves it).
      if (lastReportAt === null || at > lastReportAt) lastReportAt = at;
      onLesson = true;
    }
    // Completion is stamped by the report that meets the seat time; `complete` would refuse
    // a lesson without it (and stamp nothing more for one with it).
    if (!progress!.completedAt) throw new Error(`lesson ${reading.lessonId}: not completed`);
    await this.write(
      stored.enrollmentId,
      principal.userId,
      reading.lessonId,
      lastReportAt!,
      progress!,
    );
  }

  private async stored(userId: string, versionId: string, lessonId: string): Promise<Stored> {
    const [row] = (await this.db.query(
      `SELECT e.id AS "enrollmentId", a.lesson_id AS "activityLessonId",
              a.last_report_at AS "lastReportAt", p.enrollment_id IS NOT NULL AS "hasProgress",
              p.credited_seconds AS credited,
              p.active_seconds AS active, p.reached_end_seconds AS "reachedEnd",
              p.watched_seconds AS watched, p.last_activity_at AS "lastActivityAt",
              p.completed_at AS "completedAt"
         FROM enrollments e
         LEFT JOIN learner_activity a ON a.user_id = e.user_id
         LEFT JOIN lesson_progress p ON p.enrollment_id = e.id AND p.lesson_id = $3
        WHERE e.user_id = $1 AND e.version_id = $2`,
      [userId, versionId, lessonId],
    )) as (Omit<Stored, 'progress'> & Progress & { hasProgress: boolean })[];
    if (!row) throw new Error(`not enrolled in the version of lesson ${lessonId}`);
    const { enrollmentId, activityLessonId, lastReportAt, hasProgress, ...progress } = row;
    return {
      enrollmentId,
      activityLessonId,
      lastReportAt,
      progress: hasProgress ? progress : null,
    };
  }

  private async write(
    enrollmentId: string,
    userId: string,
    lessonId: string,
    lastReportAt: Date,
    progress: Progress,
  ): Promise<void> {
    await this.db.query(
      `WITH activity AS (
         INSERT INTO learner_activity (user_id, lesson_id, last_report_at) VALUES ($2, $3, $4)
         ON CONFLICT (user_id) DO UPDATE
           SET lesson_id = EXCLUDED.lesson_id, last_report_at = EXCLUDED.last_report_at
       )
       INSERT INTO lesson_progress AS p
              (enrollment_id, lesson_id, credited_seconds, active_seconds, reached_end_seconds,
               watched_seconds, last_activity_at, completed_at)
       VALUES ($1, $3, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (enrollment_id, lesson_id) DO UPDATE SET
         credited_seconds = EXCLUDED.credited_seconds,
         active_seconds = EXCLUDED.active_seconds,
         reached_end_seconds = EXCLUDED.reached_end_seconds,
         watched_seconds = EXCLUDED.watched_seconds,
         last_activity_at = EXCLUDED.last_activity_at,
         completed_at = EXCLUDED.completed_at`,
      [
        enrollmentId,
        userId,
        lessonId,
        lastReportAt,
        progress.credited,
        progress.active,
        progress.reachedEnd,
        progress.watched,
        progress.lastActivityAt,
        progress.completedAt,
      ],
    );
  }
}

/**
 * One report's effect on the lesson's progress, as `recordActivity`'s upsert has it (a page
 * that plays no video: nothing watched). Completion compares the credited time before the
 * cap, as the SQL does.
 */
function report(
  progress: Progress | null,
  credit: number,
  reachedEnd: boolean,
  at: Date,
  need: { required: number; watch: number },
): Progress {
  const before = progress ?? {
    credited: 0,
    active: 0,
    reachedEnd: null,
    watched: 0,
    lastActivityAt: null,
    completedAt: null,
  };
  const active = before.active + credit;
  const met = before.credited + credit >= need.required && before.watched >= need.watch;
  return {
    credited: Math.min(need.required, before.credited + credit),
    active,
    reachedEnd: before.reachedEnd ?? (reachedEnd ? active : null),
    watched: before.watched,
    lastActivityAt: at,
    completedAt: before.completedAt ?? (met ? at : null),
  };
}
