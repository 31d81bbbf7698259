import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { MediaModule } from '../media/media.module.js';
import { AuditPacks } from './audit-packs.js';
import { OutsideCe } from './outside-ce.service.js';
import { RenewalPlans } from './renewal-plans.js';
import { RenewalReminders } from './renewal-reminders.js';
import { RenewalRemindersResolver } from './renewal-reminders.resolver.js';
import { RenewalsAccountData } from './renewals-account-data.js';
import { RenewalsController } from './renewals.controller.js';
import { RenewalsResolver } from './renewals.resolver.js';

/**
 * The renewal planner (issue 19): each license's cycle from the state's rule data, the credits
 * in it (Fascicle certificates and outside CE), the audit pack and the renewal reminders.
 */
@Module({
  imports: [IdentityModule, CredentialsModule, MediaModule],
  controllers: [RenewalsController],
  providers: [
    OutsideCe,
    RenewalPlans,
    AuditPacks,
    RenewalReminders,
    RenewalsResolver,
    RenewalRemindersResolver,
    RenewalsAccountData,
  ],
  exports: [RenewalsAccountData, RenewalReminders],
})
export class RenewalsModule {}
