import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import {
  CertificateCorrectionsResolver,
  CorrectionNoticeFieldsResolver,
  VersionCorrectionFieldResolver,
} from './correction-fields.resolver.js';
import { CorrectionMail } from './correction-mail.js';
import { CorrectionNotices } from './correction-notices.service.js';
import { CorrectionPublisher } from './correction-publisher.js';
import { CorrectionsAccountData } from './corrections-account-data.js';
import { CorrectionsLoaderFactory } from './corrections-loaders.js';
import { CorrectionsResolver } from './corrections.resolver.js';
import { VersionCorrections } from './version-corrections.service.js';

/**
 * Versions that correct safety or legal content, and the notices (and emails) their
 * publication leaves for those who completed an earlier version. The catalog calls
 * CorrectionPublisher inside its publish (wired in the app module, as VERSION_CONTENT).
 */
@Module({
  imports: [CatalogModule, IdentityModule],
  providers: [
    VersionCorrections,
    CorrectionNotices,
    CorrectionMail,
    CorrectionPublisher,
    CorrectionsLoaderFactory,
    CorrectionsAccountData,
    CorrectionsResolver,
    VersionCorrectionFieldResolver,
    CertificateCorrectionsResolver,
    CorrectionNoticeFieldsResolver,
  ],
  exports: [
    VersionCorrections,
    CorrectionPublisher,
    CorrectionsLoaderFactory,
    CorrectionsAccountData,
  ],
})
export class CorrectionsModule {}
