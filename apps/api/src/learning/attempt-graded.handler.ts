import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AttemptGraded } from '../assessment/events.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';
import { CompletionService } from './completion.service.js';
import { EnrollmentStatus } from './entities/enrollment.entity.js';

/**
 * A graded attempt may complete the learner's enrollment in the quiz's version.
 *
 * This runs after the grade has committed, not inside its transaction, on purpose: completing
 * issues and signs a certificate, and a failure there must neither undo the grade nor turn
 * the learner's submit into an error, so it is logged. Nothing is lost if it fails (or the
 * process stops first): completion is decided afresh from stored facts each time, and the
 * learner's next step that evaluates it (submitting the attempt again, completing a lesson,
 * sending the evaluation again) completes the course. That is why there is no outbox here.
 */
@Injectable()
export class AttemptGradedHandler {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly completion: CompletionService,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(AttemptGraded.event)
  async completeEnrollment(event: AttemptGraded): Promise<void> {
    try {
      // No enrollment completes without its evaluation (sent once the lessons are done, before
      // or after the quizzes): checking for it first spares most submits the ten statements of
      // the full rules (a submit burst at the end of a class is the API's heaviest moment).
      const enrollments: { id: string }[] = await this.db.query(
        `SELECT e.id FROM enrollments e
          WHERE e.user_id = $1 AND e.version_id = $2 AND e.status = $3
            AND EXISTS (SELECT 1 FROM course_evaluations v WHERE v.enrollment_id = e.id)`,
        [event.userId, event.versionId, EnrollmentStatus.ACTIVE],
      );
      for (const enrollment of enrollments) await this.completion.evaluate(enrollment.id);
    } catch (error) {
      this.logger.error({ err: error, ...event }, 'completing an enrollment after grading failed');
    }
  }
}
