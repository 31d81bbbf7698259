import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { BoardReportExports } from './board-report-exports.js';
import { BoardReportLines } from './board-report-lines.js';
import { BoardReport } from './board-report.service.js';
import { BoardReportingAccess } from './board-reporting-access.js';
import { BoardReportingController } from './board-reporting.controller.js';
import { BoardReportingGate } from './board-reporting-gate.js';
import { BoardReportingHandler } from './board-reporting.handler.js';
import { BoardReportingResolver } from './board-reporting.resolver.js';
import { BoardReportingSettings } from './board-reporting-settings.service.js';

/**
 * Reporting course completions to CE Broker (issue 19, item 5; docs/board-reporting.md): each
 * course's settings, a line per completion and board, roster exports, and the license-number
 * check at enrolment that learning asks through its EnrollmentGate.
 */
@Module({
  imports: [AuditModule, CatalogModule, CredentialsModule, IdentityModule],
  controllers: [BoardReportingController],
  providers: [
    BoardReportingAccess,
    BoardReportLines,
    BoardReportingSettings,
    BoardReport,
    BoardReportExports,
    BoardReportingHandler,
    BoardReportingGate,
    BoardReportingResolver,
  ],
  exports: [BoardReportingGate],
})
export class BoardReportingModule {}
