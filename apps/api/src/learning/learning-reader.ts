import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { byKey, groupByKey } from '../common/database/batch.js';
import { CertificateEntity } from '../credentials/entities/certificate.entity.js';
import { CourseEvaluationEntity } from './entities/course-evaluation.entity.js';
import { LessonProgressEntity } from './entities/lesson-progress.entity.js';

/** Batch reads behind the request's DataLoaders, for lists of enrollments. */
@Injectable()
export class LearningReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async progressByEnrollmentIds(ids: readonly string[]): Promise<LessonProgressEntity[][]> {
    const rows = await this.db.manager.findBy(LessonProgressEntity, { enrollmentId: In([...ids]) });
    return groupByKey(ids, rows, (row) => row.enrollmentId);
  }

  async evaluationsByEnrollmentIds(
    ids: readonly string[],
  ): Promise<(CourseEvaluationEntity | null)[]> {
    const rows = await this.db.manager.findBy(CourseEvaluationEntity, {
      enrollmentId: In([...ids]),
    });
    return byKey(ids, rows, (row) => row.enrollmentId);
  }

  async certificatesByEnrollmentIds(ids: readonly string[]): Promise<(CertificateEntity | null)[]> {
    const rows = await this.db.manager.findBy(CertificateEntity, { enrollmentId: In([...ids]) });
    return byKey(ids, rows, (row) => row.enrollmentId!);
  }

  /** Every quiz each user has passed, in one query for all of them. */
  async passedQuizIdsByUserIds(userIds: readonly string[]): Promise<Set<string>[]> {
    const rows = (await this.db.query(
      `SELECT DISTINCT user_id AS "userId", quiz_id AS "quizId" FROM quiz_attempts
        WHERE user_id = ANY($1::uuid[]) AND passed`,
      [userIds],
    )) as { userId: string; quizId: string }[];
    return groupByKey(userIds, rows, (row) => row.userId).map(
      (group) => new Set(group.map((row) => row.quizId)),
    );
  }
}
