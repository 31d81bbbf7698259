import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { LiveAttendanceReader } from './live-attendance-reader.js';
import {
  LiveAttendanceResolver,
  LiveSessionAttendanceFieldResolver,
} from './live-attendance.resolver.js';
import { LiveAttendanceRecords } from './live-attendance.service.js';
import { LiveCheckIn } from './live-check-in.service.js';
import { LiveSessionMail } from './live-session-mail.js';
import { LiveSessionRegistrations } from './live-session-registrations.service.js';
import { LiveSessionStaff } from './live-session-staff.js';
import { LiveSessionsAccountData } from './live-sessions-account-data.js';
import { LiveSessionsLoaderFactory } from './live-sessions-loaders.js';
import { LiveSessionsResolver } from './live-sessions.resolver.js';
import { LiveSessions } from './live-sessions.service.js';

/**
 * Live sessions of a course or a program (in-person labs, live webinars): scheduling by the
 * authors, seats and an ordered waitlist that hold under concurrency, the seat email with its
 * calendar invitation, and attendance by a rotating check-in code with instructors'
 * corrections. Other modules read credited live minutes through LiveAttendanceReader.
 */
@Module({
  imports: [AuditModule, CatalogModule, CredentialsModule, IdentityModule],
  providers: [
    LiveSessions,
    LiveSessionStaff,
    LiveSessionRegistrations,
    LiveSessionMail,
    LiveCheckIn,
    LiveAttendanceRecords,
    LiveAttendanceReader,
    LiveSessionsLoaderFactory,
    LiveSessionsAccountData,
    LiveSessionsResolver,
    LiveAttendanceResolver,
    LiveSessionAttendanceFieldResolver,
  ],
  exports: [LiveSessionsLoaderFactory, LiveSessionsAccountData, LiveAttendanceReader],
})
export class LiveSessionsModule {}
