import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { byKey, groupByKey } from '../common/database/batch.js';
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
}
