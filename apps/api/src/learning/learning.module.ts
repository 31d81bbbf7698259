import { Module } from '@nestjs/common';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AttemptGradedHandler } from './attempt-graded.handler.js';
import { CompletionService } from './completion.service.js';
import { EmailVerifiedHandler } from './email-verified.handler.js';
import { EnrollmentService } from './enrollment.service.js';
import { EnrolledLearners } from './enrolled-learners.js';
import { EvaluationService } from './evaluation.service.js';
import { LearningLoaderFactory } from './learning-loaders.js';
import { LearningReader } from './learning-reader.js';
import { LearningResolver } from './learning.resolver.js';
import { LearningAccountData } from './learning-account-data.js';
import { ObservedTimeResolver } from './observed-time.resolver.js';
import { ProgressService } from './progress.service.js';

@Module({
  imports: [CatalogModule, AssessmentModule, CredentialsModule, IdentityModule],
  providers: [
    LearningLoaderFactory,
    EnrollmentService,
    ProgressService,
    EvaluationService,
    CompletionService,
    LearningReader,
    LearningResolver,
    ObservedTimeResolver,
    AttemptGradedHandler,
    EmailVerifiedHandler,
    EnrolledLearners,
    LearningAccountData,
  ],
  exports: [
    EnrollmentService,
    CompletionService,
    LearningReader,
    LearningLoaderFactory,
    EnrolledLearners,
    LearningAccountData,
  ],
})
export class LearningModule {}
