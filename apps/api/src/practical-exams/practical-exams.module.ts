import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { PracticalChecklists } from './practical-checklists.service.js';
import { PracticalExamQueries } from './practical-exam-queries.js';
import { PracticalExamsAccountData } from './practical-exams-account-data.js';
import { PracticalExamsReader } from './practical-exams-reader.js';
import { PracticalExamsResolver } from './practical-exams.resolver.js';
import { PracticalExams } from './practical-exams.service.js';

/**
 * Practical examinations of hybrid programs (issue 18): a program's versioned checklists, and
 * examiners' signed, immutable records of candidates' exams, corrected only by new records.
 */
@Module({
  imports: [AuditModule, IdentityModule, CredentialsModule, CatalogModule],
  providers: [
    PracticalChecklists,
    PracticalExams,
    PracticalExamQueries,
    PracticalExamsResolver,
    PracticalExamsReader,
    PracticalExamsAccountData,
  ],
  exports: [PracticalExamsReader, PracticalExamsAccountData],
})
export class PracticalExamsModule {}
