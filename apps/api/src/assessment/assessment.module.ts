import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AssessmentAccountData } from './assessment-account-data.js';
import { AssessmentAuthoringResolver } from './assessment-authoring.resolver.js';
import {
  BankFieldsResolver,
  ModuleAssessmentFieldsResolver,
  QuestionFieldsResolver,
  QuizFieldsResolver,
  VersionAssessmentFieldsResolver,
} from './assessment-fields.resolver.js';
import { AssessmentLoaderFactory } from './assessment-loaders.js';
import { AssessmentReader } from './assessment-reader.js';
import { AssessmentVersionContent } from './assessment-version-content.js';
import { AccommodationsResolver } from './accommodations.resolver.js';
import { AccommodationsService } from './accommodations.service.js';
import { AttemptAnswers } from './attempt-answers.service.js';
import { AttemptDraw } from './attempt-draw.js';
import { AttemptGrader } from './attempt-grader.js';
import { AttemptRows } from './attempt-rows.js';
import { AttemptViews } from './attempt-views.js';
import { AttemptsResolver } from './attempts.resolver.js';
import { AttemptsService } from './attempts.service.js';
import { GiftImportResolver } from './gift-import.resolver.js';
import { GiftImportService } from './gift-import.service.js';
import { ItemAnalysisService } from './item-analysis.service.js';
import { QuestionBankService } from './question-bank.service.js';
import { QuizAuthoringService } from './quiz-authoring.service.js';
import { BankChecksResolver, QuizPlanFieldsResolver } from './quiz-plan-fields.resolver.js';

@Module({
  imports: [AuditModule, CatalogModule, IdentityModule],
  providers: [
    AssessmentLoaderFactory,
    AssessmentReader,
    AssessmentVersionContent,
    QuestionBankService,
    GiftImportService,
    QuizAuthoringService,
    AttemptGrader,
    AttemptRows,
    AttemptDraw,
    AttemptsService,
    AttemptAnswers,
    AttemptViews,
    ItemAnalysisService,
    AccommodationsService,
    AssessmentAuthoringResolver,
    GiftImportResolver,
    AccommodationsResolver,
    AttemptsResolver,
    VersionAssessmentFieldsResolver,
    ModuleAssessmentFieldsResolver,
    QuizFieldsResolver,
    BankFieldsResolver,
    QuestionFieldsResolver,
    QuizPlanFieldsResolver,
    BankChecksResolver,
    AssessmentAccountData,
  ],
  exports: [
    AssessmentAccountData,
    AssessmentLoaderFactory,
    AssessmentReader,
    AssessmentVersionContent,
    AttemptsService,
    AttemptAnswers,
    QuestionBankService,
    QuizAuthoringService,
  ],
})
export class AssessmentModule {}
