import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { LiveSessionMail } from './live-session-mail.js';
import { LiveSessionRegistrations } from './live-session-registrations.service.js';
import { LiveSessionsAccountData } from './live-sessions-account-data.js';
import { LiveSessionsLoaderFactory } from './live-sessions-loaders.js';
import { LiveSessionsResolver } from './live-sessions.resolver.js';
import { LiveSessions } from './live-sessions.service.js';

/**
 * Live sessions of a course (in-person labs, live webinars): scheduling by the course's
 * authors, seats and an ordered waitlist that hold under concurrency, and the seat email with
 * its calendar invitation.
 */
@Module({
  imports: [CatalogModule, IdentityModule],
  providers: [
    LiveSessions,
    LiveSessionRegistrations,
    LiveSessionMail,
    LiveSessionsLoaderFactory,
    LiveSessionsAccountData,
    LiveSessionsResolver,
  ],
  exports: [LiveSessionsLoaderFactory, LiveSessionsAccountData],
})
export class LiveSessionsModule {}
