import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { LiveSessionsModule } from '../live-sessions/live-sessions.module.js';
import { PracticeLogsModule } from '../practice-logs/practice-logs.module.js';
import { PracticalExamsModule } from '../practical-exams/practical-exams.module.js';
import { HybridEvidenceHandler } from './hybrid-evidence.handler.js';
import { HybridProgramGate } from './hybrid-program-gate.js';
import { HybridProgramRules } from './hybrid-program-rules.service.js';
import { HybridProgramsLoaderFactory } from './hybrid-programs-loaders.js';
import { HybridProgramsResolver } from './hybrid-programs.resolver.js';
import { ProgramProgress } from './program-progress.service.js';
import { SupervisorCheckResolver } from './supervisor-check.resolver.js';

/**
 * Hybrid programs (issue 18): what a program asks beyond its courses, each person's standing
 * against it, and the award when the last piece of evidence (attendance, a practical exam, a
 * confirmed supervised session) arrives. It reads the evidence through the modules that keep
 * it and hands credentials its gate (ProgramRequirementsGateModule in app.module.ts).
 */
@Module({
  imports: [
    AuditModule,
    CredentialsModule,
    LearningModule,
    LiveSessionsModule,
    PracticalExamsModule,
    PracticeLogsModule,
  ],
  providers: [
    HybridProgramRules,
    ProgramProgress,
    HybridProgramGate,
    HybridEvidenceHandler,
    HybridProgramsResolver,
    SupervisorCheckResolver,
    HybridProgramsLoaderFactory,
  ],
  exports: [HybridProgramGate, HybridProgramsLoaderFactory, HybridProgramRules],
})
export class HybridProgramsModule {}
