import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { byKey, groupByKey } from '../common/database/batch.js';
import type { AccountData, AccountDataSection } from '../common/privacy/account-data.js';
import { CourseEvaluationEntity } from './entities/course-evaluation.entity.js';
import { LearnerActivityEntity } from './entities/learner-activity.entity.js';
import { EnrollmentEntity } from './entities/enrollment.entity.js';
import { LessonProgressEntity } from './entities/lesson-progress.entity.js';

/** Learning's part of download-my-data and delete-my-account: enrolments, progress, evaluations. */
@Injectable()
export class LearningAccountData implements AccountData {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogReader,
  ) {}

  async exportFor(userId: string): Promise<AccountDataSection[]> {
    const enrollments = await this.db.manager.find(EnrollmentEntity, {
      where: { userId },
      order: { enrolledAt: 'ASC' },
    });
    const ids = enrollments.map((enrollment) => enrollment.id);
    const [versions, progress, evaluations] = await Promise.all([
      this.catalog.versionsByIds(enrollments.map((enrollment) => enrollment.versionId)),
      this.db.manager
        .findBy(LessonProgressEntity, { enrollmentId: In(ids) })
        .then((rows) => groupByKey(ids, rows, (row) => row.enrollmentId)),
      this.db.manager
        .findBy(CourseEvaluationEntity, { enrollmentId: In(ids) })
        .then((rows) => byKey(ids, rows, (row) => row.enrollmentId)),
    ]);
    return [
      {
        name: 'enrollments',
        data: enrollments.map((enrollment, i) => ({
          course: versions[i]?.title ?? null,
          courseVersion: versions[i]?.number ?? null,
          status: enrollment.status,
          enrolledAt: enrollment.enrolledAt,
          completedAt: enrollment.completedAt,
          lessons: progress[i].map((lesson) => ({
            lessonId: lesson.lessonId,
            creditedSeconds: lesson.creditedSeconds,
            activeSeconds: lesson.activeSeconds,
            completedAt: lesson.completedAt,
          })),
          evaluation: evaluations[i] && {
            submittedAt: evaluations[i].submittedAt,
            objectivesMet: evaluations[i].objectivesMet,
            contentRelevance: evaluations[i].contentRelevance,
            presentationQuality: evaluations[i].presentationQuality,
            freeOfCommercialBias: evaluations[i].freeOfCommercialBias,
            wouldRecommend: evaluations[i].wouldRecommend,
            intendedPracticeChange: evaluations[i].intendedPracticeChange,
            comments: evaluations[i].comments,
          },
        })),
      },
    ];
  }

  /**
   * Enrolments and seat time stay: they are what the certificates kept for a retention duty
   * were issued from, and they name no one once the account is emptied. What the person wrote
   * in a course evaluation goes; the ratings stay in the course's totals. So does the record
   * of the lesson they last had open.
   */
  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(LearnerActivityEntity, { userId });
    await manager.query(
      `UPDATE course_evaluations SET intended_practice_change = '', comments = ''
        WHERE enrollment_id IN (SELECT id FROM enrollments WHERE user_id = $1)`,
      [userId],
    );
  }
}
