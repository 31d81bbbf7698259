import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { completionProblems } from '@fascicle/learning';
import { Clock } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { CompletionService } from './completion.service.js';
import type { CourseEvaluationInput } from './dto/learning.input.js';
import { CourseEvaluationEntity } from './entities/course-evaluation.entity.js';
import { EnrollmentService } from './enrollment.service.js';
import { LearningErrors } from './learning-errors.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';

/** The course evaluation accreditors require, once per enrollment, after the lessons. */
@Injectable()
export class EvaluationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly enrollments: EnrollmentService,
    private readonly completion: CompletionService,
    private readonly clock: Clock,
  ) {}

  async submit(input: CourseEvaluationInput, principal: Principal) {
    const enrollment = await this.enrollments.visible(input.enrollmentId, principal);
    if (enrollment.userId !== principal.userId) throw LearningErrors.enrollmentNotFound();
    const state = await this.completion.state(enrollment);
    if (completionProblems(state).some((problem) => problem.kind === 'LESSON_SEAT_TIME')) {
      throw LearningErrors.lessonsFirst();
    }
    const { enrollmentId, ...answers } = input;
    try {
      await this.db.manager.insert(CourseEvaluationEntity, {
        enrollmentId,
        ...answers,
        submittedAt: this.clock.now(),
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Already submitted: answer as the first submission did, finishing the completion if
      // it was interrupted then, rather than leave a learner with no way to their certificate.
      if (
        enrollment.status === 'COMPLETED' ||
        (await this.completion.problems(enrollment)).length === 0
      ) {
        return this.completion.evaluate(enrollmentId);
      }
      throw LearningErrors.evaluationSubmitted();
    }
    // The state as read above, with the evaluation just stored: complete now, it is not read
    // again (nine statements; a completion also issues the certificate).
    return this.completion.evaluate(enrollmentId, {
      enrollment,
      state: { ...state, evaluationSubmitted: true },
    });
  }
}
