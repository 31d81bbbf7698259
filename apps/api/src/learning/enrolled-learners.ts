import { Injectable } from '@nestjs/common';
import { IsNull, Not, type EntityManager } from 'typeorm';
import { lessonsBeforeQuiz } from '@fascicle/learning';
import type {
  AttemptEligibility,
  AttemptRefusal,
  QuizPlace,
} from '../assessment/attempt-eligibility.js';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { EnrollmentEntity } from './entities/enrollment.entity.js';
import { LessonProgressEntity } from './entities/lesson-progress.entity.js';

/**
 * Quizzes are for the version's enrolled learners (in progress or done); in a course that asks
 * for lessons first, once they finished the quiz's module (or, for the final exam, every lesson).
 */
@Injectable()
export class EnrolledLearners implements AttemptEligibility {
  constructor(private readonly catalog: CatalogReader) {}

  async refusal(
    manager: EntityManager,
    userId: string,
    quiz: QuizPlace,
  ): Promise<AttemptRefusal | null> {
    const enrollment = await manager.findOneBy(EnrollmentEntity, {
      userId,
      versionId: quiz.versionId,
    });
    if (!enrollment) return { reason: 'NOT_ENROLLED' };
    const gate = await this.catalog.quizGate(quiz.versionId, manager);
    if (!gate.quizzesAfterLessons) return null;
    const completed = await manager.find(LessonProgressEntity, {
      select: { lessonId: true },
      where: { enrollmentId: enrollment.id, completedAt: Not(IsNull()) },
    });
    const left = lessonsBeforeQuiz(
      quiz.moduleId,
      gate.lessons,
      new Set(completed.map((row) => row.lessonId)),
    );
    return left.length > 0
      ? { reason: 'LESSONS_UNFINISHED', lessons: left.map((l) => l.title) }
      : null;
  }
}
