import { Module } from '@nestjs/common';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { CorrectionsModule } from '../corrections/corrections.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { PracticeLogsModule } from '../practice-logs/practice-logs.module.js';
import { LiveSessionsModule } from '../live-sessions/live-sessions.module.js';
import { HybridProgramsModule } from '../hybrid-programs/hybrid-programs.module.js';
import { LoaderFactory } from './loaders.js';

@Module({
  imports: [
    IdentityModule,
    CatalogModule,
    AssessmentModule,
    LearningModule,
    CredentialsModule,
    CorrectionsModule,
    PracticeLogsModule,
    LiveSessionsModule,
    HybridProgramsModule,
  ],
  providers: [LoaderFactory],
  exports: [LoaderFactory],
})
export class DataLoadersModule {}
