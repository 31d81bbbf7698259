import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CatalogModule } from '../catalog/catalog.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { CertificateIssuer } from './certificate-issuer.js';
import { CertificatePdfs } from './certificate-pdfs.js';
import { CertificatesService } from './certificates.service.js';
import { CertificateFieldsResolver } from './certificate-fields.resolver.js';
import { CredentialProgramFieldsResolver } from './credential-program-fields.resolver.js';
import { CredentialProgramsService } from './credential-programs.service.js';
import { CredentialsAccountData } from './credentials-account-data.js';
import { CredentialsController } from './credentials.controller.js';
import { CredentialsLoaderFactory } from './credentials-loaders.js';
import { CredentialsReader } from './credentials-reader.js';
import { CredentialsResolver } from './credentials.resolver.js';
import { ProgramCredentials } from './program-credentials.js';
import { signingKeyProvider } from './signing-key.provider.js';
import { VerificationRateLimiter } from './verification-rate-limiter.js';

@Module({
  imports: [AuditModule, IdentityModule, CatalogModule],
  controllers: [CredentialsController],
  providers: [
    signingKeyProvider,
    CertificateIssuer,
    ProgramCredentials,
    CertificatesService,
    CredentialProgramsService,
    CredentialsReader,
    CredentialsLoaderFactory,
    VerificationRateLimiter,
    CredentialsResolver,
    CredentialProgramFieldsResolver,
    CertificateFieldsResolver,
    CertificatePdfs,
    CredentialsAccountData,
  ],
  exports: [
    CertificateIssuer,
    ProgramCredentials,
    CertificatesService,
    CredentialsReader,
    CredentialsLoaderFactory,
    CredentialsAccountData,
    CertificatePdfs,
  ],
})
export class CredentialsModule {}
