import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { CourseEvaluationEntity } from './entities/course-evaluation.entity.js';
import type { LessonProgressEntity } from './entities/lesson-progress.entity.js';
import { LearningReader } from './learning-reader.js';

/** The learning module's DataLoaders, made fresh for each request (see `LoaderFactory`). */
export interface LearningLoaders {
  lessonProgressByEnrollmentId: DataLoader<string, LessonProgressEntity[]>;
  evaluationByEnrollmentId: DataLoader<string, CourseEvaluationEntity | null>;
}

@Injectable()
export class LearningLoaderFactory {
  constructor(private readonly learning: LearningReader) {}

  create(): LearningLoaders {
    const { learning } = this;
    return {
      lessonProgressByEnrollmentId: new DataLoader((ids) => learning.progressByEnrollmentIds(ids)),
      evaluationByEnrollmentId: new DataLoader((ids) => learning.evaluationsByEnrollmentIds(ids)),
    };
  }
}
