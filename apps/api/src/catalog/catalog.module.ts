import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { CatalogLoaderFactory } from './catalog-loaders.js';
import { CatalogQueriesResolver } from './catalog-queries.resolver.js';
import { CatalogReader } from './catalog-reader.js';
import { CourseAuthoringResolver } from './course-authoring.resolver.js';
import { CourseAuthoringService } from './course-authoring.service.js';
import { CourseAuthorsService } from './course-authors.service.js';
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
import { DraftDiscardService } from './draft-discard.service.js';
import { DraftGuard } from './draft-guard.js';
import { VersionContents } from './version-content.js';
import { MarkdownPreviewResolver } from './markdown-preview.resolver.js';
import { LessonMediaController } from './media/lesson-media.controller.js';
import { LessonMediaReader } from './media/lesson-media-reader.js';
import { LessonMediaResolver } from './media/lesson-media.resolver.js';
import { LessonMediaService } from './media/lesson-media.service.js';
import { MediaModule } from '../media/media.module.js';

@Module({
  imports: [AuditModule, IdentityModule, MediaModule],
  controllers: [LessonMediaController],
  providers: [
    LessonMediaReader,
    LessonMediaService,
    LessonMediaResolver,
    MarkdownPreviewResolver,
    CatalogLoaderFactory,
    CatalogReader,
    DraftGuard,
    VersionContents,
    CreditGates,
    CourseAuthoringService,
    CourseAuthorsService,
    CourseContentService,
    CourseReviewService,
    DraftDiscardService,
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
    CatalogLoaderFactory,
    CatalogReader,
    CourseAuthoringService,
    CourseContentService,
    CourseReviewService,
    CreditGates,
    DraftGuard,
  ],
})
export class CatalogModule {}
