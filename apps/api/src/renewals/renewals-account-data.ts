import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type {
  AccountData,
  AccountDataSection,
  ExportedFile,
} from '../common/privacy/account-data.js';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage.js';
import { OutsideCeRecordEntity } from './entities/outside-ce-record.entity.js';

/** The renewal planner's part of download-my-data and delete-my-account: outside CE and its files. */
@Injectable()
export class RenewalsAccountData implements AccountData {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  async exportFor(userId: string): Promise<AccountDataSection[]> {
    const rows = await this.db.manager.find(OutsideCeRecordEntity, {
      where: { userId },
      order: { completedOn: 'ASC', id: 'ASC' },
    });
    const files: ExportedFile[] = [];
    for (const row of rows) {
      const file = await this.storage.get(row.fileKey);
      if (file) files.push({ path: `outside-ce/${row.id}-${row.fileName}`, bytes: file.bytes });
    }
    return [
      {
        name: 'outsideContinuingEducation',
        data: rows.map((row) => ({
          provider: row.provider,
          title: row.title,
          completedOn: row.completedOn,
          hours: row.hours,
          selfPaced: row.selfPaced,
          topics: row.topics,
          file: `outside-ce/${row.id}-${row.fileName}`,
          recordedAt: row.recordedAt,
        })),
        files,
      },
    ];
  }

  /**
   * The records go with the account; their files are removed from storage too. The renewal
   * reminders go with the licenses (their foreign key cascades).
   */
  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    const rows = await manager.find(OutsideCeRecordEntity, {
      select: { id: true, fileKey: true },
      where: { userId },
    });
    await manager.delete(OutsideCeRecordEntity, { userId });
    // Files go after the rows: should the erasure roll back, a record may point at a missing
    // file (the audit pack then says so), never a file left behind for a deleted person.
    for (const row of rows) await this.storage.delete(row.fileKey);
  }
}
