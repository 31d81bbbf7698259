import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { EmailVerified } from '../identity/events.js';
import { ROOT_LOGGER } from '../logging/logging.module.js';
import { CompletionService } from './completion.service.js';
import { EnrollmentEntity, EnrollmentStatus } from './entities/enrollment.entity.js';

/**
 * A learner who finished a course before verifying their address gets its certificate as
 * soon as they do. After the verification has committed, and logged rather than thrown, as
 * AttemptGradedHandler explains: completion is decided afresh from stored facts, so the next
 * step that evaluates it (sending the evaluation again) still completes the course.
 */
@Injectable()
export class EmailVerifiedHandler {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly completion: CompletionService,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  @OnEvent(EmailVerified.event)
  async completeWaitingEnrollments(event: EmailVerified): Promise<void> {
    try {
      const enrollments = await this.db.manager.findBy(EnrollmentEntity, {
        userId: event.userId,
        status: EnrollmentStatus.ACTIVE,
      });
      for (const enrollment of enrollments) await this.completion.evaluate(enrollment.id);
    } catch (error) {
      this.logger.error(
        { err: error, ...event },
        'completing enrollments after verification failed',
      );
    }
  }
}
