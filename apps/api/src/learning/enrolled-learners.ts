import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AttemptEligibility } from '../assessment/attempt-eligibility.js';
import { EnrollmentService } from './enrollment.service.js';

/** Quizzes are for the version's enrolled learners (in progress or done). */
@Injectable()
export class EnrolledLearners implements AttemptEligibility {
  constructor(private readonly enrollments: EnrollmentService) {}

  mayAttempt(manager: EntityManager, userId: string, versionId: string): Promise<boolean> {
    return this.enrollments.isEnrolled(manager, userId, versionId);
  }
}
