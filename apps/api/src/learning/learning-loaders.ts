import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CredentialsReader, type Certificate } from '../credentials/credentials-reader.js';
import type { CourseEvaluationEntity } from './entities/course-evaluation.entity.js';
import type { LessonProgressEntity } from './entities/lesson-progress.entity.js';
import { LearningReader } from './learning-reader.js';

/** The learning module's DataLoaders, made fresh for each request (see `LoaderFactory`). */
export interface LearningLoaders {
  lessonProgressByEnrollmentId: DataLoader<string, LessonProgressEntity[]>;
  evaluationByEnrollmentId: DataLoader<string, CourseEvaluationEntity | null>;
  /** An enrollment's certificate, read through the credentials module's reader. */
  certificateByEnrollmentId: DataLoader<string, Certificate | null>;
}

@Injectable()
export class LearningLoaderFactory {
  constructor(
    private readonly learning: LearningReader,
    private readonly credentials: CredentialsReader,
  ) {}

  create(): LearningLoaders {
    const { learning, credentials } = this;
    return {
      lessonProgressByEnrollmentId: new DataLoader((ids) => learning.progressByEnrollmentIds(ids)),
      evaluationByEnrollmentId: new DataLoader((ids) => learning.evaluationsByEnrollmentIds(ids)),
      certificateByEnrollmentId: new DataLoader((ids) =>
        credentials.certificatesByEnrollmentIds(ids),
      ),
    };
  }
}
