import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CorrectionNotices } from './correction-notices.service.js';
import type { CorrectionNoticeEntity } from './entities/correction-notice.entity.js';
import type { VersionCorrectionEntity } from './entities/version-correction.entity.js';
import { VersionCorrections } from './version-corrections.service.js';

/** The corrections module's DataLoaders, made fresh for each request (see `LoaderFactory`). */
export interface CorrectionsLoaders {
  correctionByVersionId: DataLoader<string, VersionCorrectionEntity | null>;
  correctionNoticesByCertificateId: DataLoader<string, CorrectionNoticeEntity[]>;
}

@Injectable()
export class CorrectionsLoaderFactory {
  constructor(
    private readonly corrections: VersionCorrections,
    private readonly notices: CorrectionNotices,
  ) {}

  create(): CorrectionsLoaders {
    const { corrections, notices } = this;
    return {
      correctionByVersionId: new DataLoader((ids) => corrections.byVersionIds(ids)),
      correctionNoticesByCertificateId: new DataLoader((ids) => notices.byCertificateIds(ids)),
    };
  }
}
