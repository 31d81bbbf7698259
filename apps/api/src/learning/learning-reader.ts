import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../common/database/batch.js';
import { CourseEvaluationEntity } from './entities/course-evaluation.entity.js';
import { EnrollmentEntity } from './entities/enrollment.entity.js';
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

  /**
   * The UTC day a person first enrolled in any of these courses (YYYY-MM-DD), or null: where
   * a program's period starts (the unique key on user and version leads with the user).
   */
  async firstEnrolledOn(
    manager: EntityManager,
    userId: string,
    courseIds: readonly string[],
  ): Promise<string | null> {
    if (courseIds.length === 0) return null;
    const row = await manager
      .createQueryBuilder(EnrollmentEntity, 'e')
      .select(`to_char(min(e.enrolled_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, 'day')
      .where('e.user_id = :userId AND e.course_id IN (:...courseIds)', {
        userId,
        courseIds: [...courseIds],
      })
      .getRawOne<{ day: string | null }>();
    return row?.day ?? null;
  }
}
