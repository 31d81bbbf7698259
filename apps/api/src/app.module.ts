import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { AppConfig } from './config/app-config.js';
import { Clock } from './config/clock.js';
import { ConfigModule } from './config/config.module.js';
import { AssessmentVersionContent } from './assessment/assessment-version-content.js';
import { AssessmentModule } from './assessment/assessment.module.js';
import { AttemptEligibilityModule } from './assessment/attempt-eligibility.module.js';
import { CatalogModule } from './catalog/catalog.module.js';
import { VersionContentModule } from './catalog/version-content.module.js';
import { CorrectionPublisher } from './corrections/correction-publisher.js';
import { CorrectionsModule } from './corrections/corrections.module.js';
import { CredentialsModule } from './credentials/credentials.module.js';
import { EnrolledLearners } from './learning/enrolled-learners.js';
import { LearningModule } from './learning/learning.module.js';
import { LiveSessionsModule } from './live-sessions/live-sessions.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MailModule } from './mail/mail.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { TracingModule } from './tracing/tracing.module.js';
import type { MailSink } from './mail/mailer.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { RenewalsModule } from './renewals/renewals.module.js';
import { PracticeLogsModule } from './practice-logs/practice-logs.module.js';
import { PracticalExamsModule } from './practical-exams/practical-exams.module.js';
import { RateLimitsModule } from './rate-limits/rate-limits.module.js';
import { DomainErrorHttpFilter } from './common/errors/http-exception.filter.js';
import { InputValidationPipe } from './common/validation/input-validation.pipe.js';
import type { DatabaseTarget } from './database/data-source-options.js';
import { DatabaseModule } from './database/database.module.js';
import { DataLoadersModule } from './dataloaders/dataloaders.module.js';
import { LoaderFactory } from './dataloaders/loaders.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { RequestLimiter } from './rate-limits/request-limiter.js';
import { HealthModule } from './health/health.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { LoggingModule, ROOT_LOGGER } from './logging/logging.module.js';
import { HybridProgramGate } from './hybrid-programs/hybrid-program-gate.js';
import { HybridProgramsModule } from './hybrid-programs/hybrid-programs.module.js';
import { ProgramRequirementsGateModule } from './credentials/program-requirements-gate.module.js';
import { EligibilityService } from './licensing/eligibility.service.js';
import { LicensingModule } from './licensing/licensing.module.js';
import { StaffEligibilityModule } from './organizations/staff-eligibility.module.js';
import { BoardReportingModule } from './board-reporting/board-reporting.module.js';
import { BoardReportingGate } from './board-reporting/board-reporting-gate.js';
import { EnrollmentGateModule } from './learning/enrollment-gate.module.js';

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  /** Tests control time; production uses the system clock. */
  clock?: Clock;
  /** Tests bring a database prepared for them; otherwise config decides. */
  database?: DatabaseTarget;
  /** Mail to a function instead of SMTP or the outbox (the seed). */
  mailSink?: MailSink;
  /** Modules a test adds (a listener that records domain events). */
  imports?: ModuleMetadata['imports'];
}

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(options.config, options.clock),
        LoggingModule.forRoot(options.logger),
        DatabaseModule.forRoot(options.database),
        // Domain events between modules: see each module's events.ts.
        EventEmitterModule.forRoot(),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [DataLoadersModule],
          inject: [AppConfig, ROOT_LOGGER, LoaderFactory, RequestLimiter],
          useFactory: graphqlOptions,
        }),
        RateLimitsModule,
        HealthModule,
        MetricsModule,
        TracingModule,
        IdentityModule,
        CatalogModule,
        AssessmentModule,
        CredentialsModule,
        LearningModule,
        // An app that reads its own mail (the seed) must not take other processes' jobs.
        JobsModule.forRoot({ worker: options.mailSink === undefined }),
        MailModule.forRoot(options.mailSink),
        OrganizationsModule,
        CorrectionsModule,
        PracticeLogsModule,
        PracticalExamsModule,
        LiveSessionsModule,
        HybridProgramsModule,
        PrivacyModule,
        RenewalsModule,
        // What one module decides inside another's transaction, handed over at start-up.
        VersionContentModule.forRoot({
          imports: [AssessmentModule, CorrectionsModule],
          parts: [AssessmentVersionContent, CorrectionPublisher],
        }),
        AttemptEligibilityModule.forRoot({ imports: [LearningModule], rule: EnrolledLearners }),
        ProgramRequirementsGateModule.forRoot({
          imports: [HybridProgramsModule],
          gate: HybridProgramGate,
        }),
        BoardReportingModule,
        EnrollmentGateModule.forRoot({ imports: [BoardReportingModule], gate: BoardReportingGate }),
        LicensingModule,
        StaffEligibilityModule.forRoot({
          imports: [LicensingModule],
          implementation: EligibilityService,
        }),
        ...(options.imports ?? []),
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorHttpFilter },
      ],
    };
  }
}
