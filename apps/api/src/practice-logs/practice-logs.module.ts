import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { AdverseEvents } from './adverse-events.service.js';
import { AdverseEventsResolver } from './adverse-events.resolver.js';
import {
  AdverseEventFieldsResolver,
  SupervisedSessionFieldsResolver,
} from './practice-log-fields.resolver.js';
import { PracticeLogsAccountData } from './practice-logs-account-data.js';
import { PracticeLogsLoaderFactory } from './practice-logs-loaders.js';
import { PracticeLogsController } from './practice-logs.controller.js';
import { SupervisedSessions } from './supervised-sessions.service.js';
import { SupervisedSessionsResolver } from './supervised-sessions.resolver.js';
import { SupervisedSessionsReader } from './supervised-sessions-reader.js';

/**
 * Patient-free practice logs of hybrid programs (issue 18): supervised patient sessions and
 * their supervisors' confirmations, and adverse events from clinicians' own practice.
 */
@Module({
  imports: [AuditModule, IdentityModule, CredentialsModule, OrganizationsModule],
  controllers: [PracticeLogsController],
  providers: [
    SupervisedSessions,
    AdverseEvents,
    SupervisedSessionsResolver,
    AdverseEventsResolver,
    SupervisedSessionFieldsResolver,
    AdverseEventFieldsResolver,
    PracticeLogsLoaderFactory,
    PracticeLogsAccountData,
    SupervisedSessionsReader,
  ],
  exports: [PracticeLogsLoaderFactory, PracticeLogsAccountData, SupervisedSessionsReader],
})
export class PracticeLogsModule {}
