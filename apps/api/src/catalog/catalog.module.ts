import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { CatalogQueriesResolver } from './catalog-queries.resolver.js';
import { CatalogReader } from './catalog-reader.js';
import { CourseAuthoringResolver } from './course-authoring.resolver.js';
import { CourseAuthoringService } from './course-authoring.service.js';
import { CourseContentService } from './course-content.service.js';
import { CourseFieldsResolver } from './course-fields.resolver.js';
import { CourseReviewResolver } from './course-review.resolver.js';
import { CourseReviewService } from './course-review.service.js';
import {
  CourseModuleFieldsResolver,
  CourseVersionFieldsResolver,
  LessonFieldsResolver,
} from './course-version-fields.resolver.js';
import { CreditGates } from './credit-gates.js';
import { CreditReportResolver } from './credit-report.resolver.js';
import { DraftGuard } from './draft-guard.js';
import { VersionHooks } from './version-hooks.js';

@Module({
  imports: [AuditModule, IdentityModule],
  providers: [
    CatalogReader,
    DraftGuard,
    VersionHooks,
    CreditGates,
    CourseAuthoringService,
    CourseContentService,
    CourseReviewService,
    CatalogQueriesResolver,
    CourseFieldsResolver,
    CourseVersionFieldsResolver,
    CreditReportResolver,
    CourseModuleFieldsResolver,
    LessonFieldsResolver,
    CourseAuthoringResolver,
    CourseReviewResolver,
  ],
  exports: [
    CatalogReader,
    CourseAuthoringService,
    CourseContentService,
    CourseReviewService,
    CreditGates,
    DraftGuard,
    VersionHooks,
  ],
})
export class CatalogModule {}
