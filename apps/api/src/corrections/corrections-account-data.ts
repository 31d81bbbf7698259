import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CatalogReader } from '../catalog/catalog-reader.js';
import type { AccountData, AccountDataSection } from '../common/privacy/account-data.js';
import { CorrectionNoticeEntity } from './entities/correction-notice.entity.js';

/** The corrections module's part of download-my-data and delete-my-account: the notices. */
@Injectable()
export class CorrectionsAccountData implements AccountData {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogReader,
  ) {}

  async exportFor(userId: string): Promise<AccountDataSection[]> {
    const notices = await this.db.manager.find(CorrectionNoticeEntity, {
      where: { userId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const versions = await this.catalog.versionsByIds(notices.map((notice) => notice.versionId));
    return [
      {
        name: 'correctionNotices',
        data: notices.map((notice, i) => ({
          course: versions[i]?.title ?? null,
          courseVersion: notice.versionNumber,
          kinds: notice.kinds,
          summary: notice.summary,
          createdAt: notice.createdAt,
          readAt: notice.readAt,
        })),
      },
    ];
  }

  /** Nothing in a notice is kept for anyone else: they go. */
  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(CorrectionNoticeEntity, { userId });
  }
}
