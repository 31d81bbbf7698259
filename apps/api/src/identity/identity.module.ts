import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module.js';
import { AccountRecoveryResolver } from './account-recovery.resolver.js';
import { AccountRecoveryService } from './account-recovery.service.js';
import { AccountTokens } from './auth/account-tokens.js';
import { AccountsService } from './accounts.service.js';
import { AccessTokens } from './auth/access-tokens.js';
import { AuthGuard } from './auth/auth.guard.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { PasswordHasher } from './auth/password-hasher.js';
import { RefreshCookie } from './auth/refresh-cookie.js';
import { RefreshTokens } from './auth/refresh-tokens.js';
import { AuthResolver } from './auth.resolver.js';
import { DemoAccounts } from './demo-accounts.js';
import { EmailPreferencesController } from './email-preferences.controller.js';
import { EmailPreferences } from './email-preferences.js';
import { EmailPreferencesResolver } from './email-preferences.resolver.js';
import { IdentityAccountData } from './identity-account-data.js';
import { IdentityLoaderFactory } from './identity-loaders.js';
import { IdentityReader } from './identity-reader.js';
import { ProfileResolver } from './profile.resolver.js';
import { ProfileService } from './profile.service.js';
import { SessionsService } from './sessions.service.js';
import { UsersResolver } from './users.resolver.js';

@Module({
  imports: [AuditModule],
  controllers: [EmailPreferencesController],
  providers: [
    AccountsService,
    ProfileService,
    ProfileResolver,
    IdentityReader,
    IdentityLoaderFactory,
    SessionsService,
    AccessTokens,
    RefreshTokens,
    RefreshCookie,
    PasswordHasher,
    LoginThrottle,
    DemoAccounts,
    AuthResolver,
    UsersResolver,
    AccountTokens,
    AccountRecoveryService,
    AccountRecoveryResolver,
    IdentityAccountData,
    EmailPreferences,
    EmailPreferencesResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    AccountsService,
    IdentityReader,
    IdentityLoaderFactory,
    DemoAccounts,
    IdentityAccountData,
    EmailPreferences,
  ],
})
export class IdentityModule {}
