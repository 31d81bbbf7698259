import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PracticeLogsModule } from '../practice-logs/practice-logs.module.js';
import { PracticalExamsModule } from '../practical-exams/practical-exams.module.js';
import { EligibilityService } from './eligibility.service.js';
import { LicensingResolver } from './licensing.resolver.js';
import { PractitionerRecords } from './practitioner-records.js';
import { RuleBook } from './rule-book.service.js';

/**
 * Licensing (issue 19): the state rules for dry needling as dated versions, and whether a
 * person may needle in a state on a date. It reads licenses, certificates, practical exams
 * and supervised sessions through the modules that keep them, and hands organizations the
 * staff answers for the compliance report (StaffEligibilityModule in app.module.ts).
 */
@Module({
  imports: [
    AuditModule,
    CredentialsModule,
    IdentityModule,
    OrganizationsModule,
    PracticalExamsModule,
    PracticeLogsModule,
  ],
  providers: [RuleBook, PractitionerRecords, EligibilityService, LicensingResolver],
  exports: [EligibilityService, RuleBook],
})
export class LicensingModule {}
