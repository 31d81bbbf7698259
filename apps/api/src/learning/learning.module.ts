import { Module, type OnModuleInit } from '@nestjs/common';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { AttemptHooks } from '../assessment/attempt-hooks.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { CompletionService } from './completion.service.js';
import { EnrollmentService } from './enrollment.service.js';
import { EnrollmentEntity } from './entities/enrollment.entity.js';
import { EvaluationService } from './evaluation.service.js';
import { LearningReader } from './learning-reader.js';
import { LearningResolver } from './learning.resolver.js';
import { ObservedTimeResolver } from './observed-time.resolver.js';
import { ProgressService } from './progress.service.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Module({
  imports: [CatalogModule, AssessmentModule, CredentialsModule],
  providers: [
    EnrollmentService,
    ProgressService,
    EvaluationService,
    CompletionService,
    LearningReader,
    LearningResolver,
    ObservedTimeResolver,
  ],
  exports: [EnrollmentService, CompletionService, LearningReader],
})
export class LearningModule implements OnModuleInit {
  constructor(
    private readonly hooks: AttemptHooks,
    private readonly enrollments: EnrollmentService,
    private readonly completion: CompletionService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Quizzes are for the version's enrolled learners; a graded attempt may complete a course. */
  onModuleInit(): void {
    this.hooks.setEligibility((manager, userId, versionId) =>
      this.enrollments.isEnrolled(manager, userId, versionId),
    );
    this.hooks.onGraded(async ({ userId, quizId }) => {
      const enrollments = (await this.db.query(
        `SELECT e.id FROM enrollments e JOIN quizzes q ON q.version_id = e.version_id
          WHERE q.id = $1 AND e.user_id = $2 AND e.status = 'ACTIVE'`,
        [quizId, userId],
      )) as Pick<EnrollmentEntity, 'id'>[];
      for (const enrollment of enrollments) await this.completion.evaluate(enrollment.id);
    });
  }
}
