import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { ComplianceController } from './compliance.controller.js';
import { ComplianceQuery } from './compliance-query.js';
import { ComplianceResolver } from './compliance.resolver.js';
import { ComplianceService } from './compliance.service.js';
import { CredentialReminders } from './credential-reminders.js';
import { MemberRequirementsService } from './member-requirements.service.js';
import { OrganizationsAccountData } from './organizations-account-data.js';
import { OrganizationsResolver } from './organizations.resolver.js';
import { OrganizationsService } from './organizations.service.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { RequiredCredentialsService } from './required-credentials.service.js';

@Module({
  imports: [AuditModule, IdentityModule, CatalogModule, CredentialsModule],
  controllers: [ComplianceController],
  providers: [
    OrganizationsService,
    InvitationsService,
    InvitationsResolver,
    ComplianceService,
    RequiredCredentialsService,
    CredentialReminders,
    OrganizationsResolver,
    MemberRequirementsService,
    ComplianceResolver,
    OrganizationsAccountData,
    ComplianceQuery,
  ],
  exports: [OrganizationsService, CredentialReminders, OrganizationsAccountData],
})
export class OrganizationsModule {}
