import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  courseTime,
  coverageProblems,
  disclosureProblems,
  maxSeatTimeMinutes,
  timeProblems,
  type CourseTime,
  type GateProblem,
  type LessonTime,
} from '@fascicle/catalog';
import { Clock, todayUtc } from '../config/clock.js';
import type { CourseVersionEntity } from './entities/course-version.entity.js';
import type { LessonEntity } from './entities/lesson.entity.js';
import { VersionContents, type AssessmentCredit } from './version-content.js';

export interface TimedLesson {
  lesson: LessonEntity;
  time: LessonTime;
  maxSeatTimeMinutes: number;
  /** A pilot was recorded on text that has changed since: it no longer counts. */
  pilotStale: boolean;
}

export interface CreditEvaluation {
  time: CourseTime;
  lessons: TimedLesson[];
  quizzes: AssessmentCredit['quizzes'];
  problems: GateProblem[];
}

export function bodyDigest(markdown: string): string {
  return createHash('sha256').update(markdown).digest('hex');
}

/**
 * Everything a credit claim is checked against (rules in @fascicle/catalog): the time the
 * content supports, each lesson's requirement against its estimate or pilot, assessment of
 * every objective, the quizzes' own gates (from the assessment module), and disclosures.
 * Run inside the caller's transaction at submit and publish, and for the editor's report.
 */
@Injectable()
export class CreditGates {
  constructor(
    private readonly content: VersionContents,
    private readonly clock: Clock,
  ) {}

  async evaluate(manager: EntityManager, version: CourseVersionEntity): Promise<CreditEvaluation> {
    const lessons = (await manager.query(
      `SELECT l.id, l.title, l.body_markdown AS "bodyMarkdown",
              l.seat_time_minutes AS "seatTimeMinutes", l.pilot,
              ARRAY(SELECT d.duration_seconds FROM lesson_media d
                     WHERE d.lesson_id = l.id AND d.kind = 'VIDEO'
                     ORDER BY d.position) AS "videoSeconds"
         FROM lessons l JOIN course_modules m ON m.id = l.module_id
        WHERE m.version_id = $1 ORDER BY m.position, l.position`,
      [version.id],
    )) as (LessonEntity & { videoSeconds: number[] })[];
    const prerequisites = (await manager.query(
      `SELECT DISTINCT unnest(v.objective_keys) AS key
         FROM course_prerequisites p
         JOIN courses c ON c.id = p.prerequisite_id
         JOIN course_versions v ON v.id = c.published_version_id
        WHERE p.course_id = $1`,
      [version.courseId],
    )) as { key: string }[];
    const assessment = await this.content.credit(manager, version.id, {
      own: version.objectiveKeys,
      prerequisites: prerequisites.map((row) => row.key),
    });

    const pilots = lessons.map((lesson) =>
      lesson.pilot && lesson.pilot.bodySha256 === bodyDigest(lesson.bodyMarkdown)
        ? lesson.pilot
        : null,
    );
    const time = courseTime({
      lessons: lessons.map((lesson, index) => ({
        bodyMarkdown: lesson.bodyMarkdown,
        // A lesson's videos are watched in full: their length counts as instructional time.
        mediaSeconds: lesson.videoSeconds,
        pilot: pilots[index],
      })),
      quizQuestions: assessment.quizzes.map((quiz) => quiz.questionsDrawn),
    });
    const timed = lessons.map((lesson, index) => ({
      lesson,
      time: time.lessons[index]!,
      maxSeatTimeMinutes: maxSeatTimeMinutes(time.lessons[index]!.minutes),
      pilotStale: lesson.pilot !== null && pilots[index] === null,
    }));

    const problems = [
      ...timeProblems({
        claimedMinutes: version.creditMinutes,
        supportedMinutes: time.supportedMinutes,
        lessons: timed.map(({ lesson, time: lessonTime }) => ({
          id: lesson.id,
          title: lesson.title,
          seatTimeMinutes: lesson.seatTimeMinutes,
          time: lessonTime,
        })),
      }),
      ...coverageProblems({
        objectiveKeys: version.objectiveKeys,
        objectiveTexts: version.learningObjectives,
        quizCount: assessment.quizzes.length,
        assessedKeys: new Set(assessment.assessedKeys),
      }),
      ...assessment.problems,
      ...disclosureProblems(version.disclosure, version, todayUtc(this.clock)),
    ];
    return { time, lessons: timed, quizzes: assessment.quizzes, problems };
  }
}
