import { Module } from '@nestjs/common';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { CorrectionsModule } from '../corrections/corrections.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { LiveSessionsModule } from '../live-sessions/live-sessions.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PracticeLogsModule } from '../practice-logs/practice-logs.module.js';
import { PracticalExamsModule } from '../practical-exams/practical-exams.module.js';
import { AccountDataParts } from './account-data-parts.js';
import { AccountDeletionService } from './account-deletion.service.js';
import { DataExportService } from './data-export.service.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { RenewalsModule } from '../renewals/renewals.module.js';

/**
 * A person's rights over their data: download it, delete the account. Owns no table: each
 * module answers for its own through its AccountData part; this module only imports them
 * (nothing imports it back).
 */
@Module({
  imports: [
    AuditModule,
    IdentityModule,
    LearningModule,
    AssessmentModule,
    CredentialsModule,
    OrganizationsModule,
    CorrectionsModule,
    PracticeLogsModule,
    PracticalExamsModule,
    LiveSessionsModule,
    RenewalsModule,
  ],
  controllers: [PrivacyController],
  providers: [AccountDataParts, AccountDeletionService, DataExportService, PrivacyResolver],
})
export class PrivacyModule {}
