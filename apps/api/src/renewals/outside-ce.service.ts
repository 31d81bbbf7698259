import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { groupByKey } from '../common/database/batch.js';
import { InvalidInputError, NotFoundError } from '../common/errors/domain-error.js';
import type { ConnectionArgs } from '../common/pagination/connection.args.js';
import { decodeCursor } from '../common/pagination/connection.js';
import { Clock, todayUtc } from '../config/clock.js';
import {
  checkedKey,
  MEDIA_STORAGE,
  type MediaStorage,
  type StoredFile,
} from '../media/media-storage.js';
import type { OutsideCeInput } from './dto/outside-ce.input.js';
import { OutsideCeRecordEntity } from './entities/outside-ce-record.entity.js';
import { checkedCertificateFile, EXTENSION } from './outside-ce-file.js';

/** An outside CE record with its certificate file, as the upload form sent it. */
export interface OutsideCeUpload {
  input: OutsideCeInput;
  file: Buffer | null;
  fileName: string | null;
}

/**
 * Continuing education the learner earned elsewhere. Only its owner reads, lists or removes
 * it: another person's record answers NOT_FOUND, as if it did not exist.
 */
@Injectable()
export class OutsideCe {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks everything before storing anything: the file's type by content, then the file,
   * then the row; if the row fails, the file is removed again.
   */
  async record(userId: string, upload: OutsideCeUpload): Promise<OutsideCeRecordEntity> {
    const fileType = await checkedCertificateFile(upload.file);
    const { input } = upload;
    if (input.completedOn > todayUtc(this.clock)) {
      throw InvalidInputError.of('completedOn', 'The completion date cannot be in the future');
    }
    const id = randomUUID();
    const key = checkedKey(`outside-ce/${userId}/${id}`);
    await this.storage.put(key, upload.file!, fileType);
    try {
      return await this.db.manager.save(
        this.db.manager.create(OutsideCeRecordEntity, {
          id,
          userId,
          provider: input.provider.trim(),
          title: input.title.trim(),
          completedOn: input.completedOn,
          hours: input.hours,
          selfPaced: input.selfPaced,
          topics: [...new Set(input.topics)],
          fileKey: key,
          fileType,
          fileName: safeName(upload.fileName, id, EXTENSION[fileType]),
          fileBytes: upload.file!.length,
          recordedAt: this.clock.now(),
        }),
      );
    } catch (error) {
      await this.storage.delete(key);
      throw error;
    }
  }

  /** The owner's records, newest completion first. */
  mine(userId: string, args: ConnectionArgs): Promise<OutsideCeRecordEntity[]> {
    const query = this.db.manager
      .createQueryBuilder(OutsideCeRecordEntity, 'r')
      .where('r.user_id = :userId', { userId })
      .orderBy('r.completed_on', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .take(args.first + 1);
    if (args.after) {
      query.andWhere(
        '(r.completed_on, r.id) < (CAST(:key AS date), CAST(:id AS uuid))',
        decodeCursor(args.after),
      );
    }
    return query.getMany();
  }

  /** Every record of each user, oldest first (one query): what the planner counts. */
  async byUserIds(userIds: readonly string[]): Promise<OutsideCeRecordEntity[][]> {
    const rows = userIds.length
      ? await this.db.manager.find(OutsideCeRecordEntity, {
          where: { userId: In([...new Set(userIds)]) },
          order: { completedOn: 'ASC', id: 'ASC' },
        })
      : [];
    return groupByKey(userIds, rows, (row) => row.userId);
  }

  async owned(userId: string, id: string): Promise<OutsideCeRecordEntity> {
    const row = await this.db.manager.findOneBy(OutsideCeRecordEntity, { id, userId });
    if (!row) throw new NotFoundError('No such outside CE record');
    return row;
  }

  async file(
    userId: string,
    id: string,
  ): Promise<{ row: OutsideCeRecordEntity; file: StoredFile }> {
    const row = await this.owned(userId, id);
    const file = await this.storage.get(row.fileKey);
    if (!file) throw new NotFoundError('The certificate file is missing');
    return { row, file };
  }

  /** Stored files for the audit pack, in the order of the rows (a missing one is null). */
  filesOf(rows: readonly OutsideCeRecordEntity[]): Promise<(StoredFile | null)[]> {
    return Promise.all(rows.map((row) => this.storage.get(row.fileKey)));
  }

  async remove(userId: string, id: string): Promise<void> {
    const row = await this.owned(userId, id);
    await this.db.manager.delete(OutsideCeRecordEntity, { id: row.id });
    // The row is gone first: a file left behind by a failed delete is unreachable, never the reverse.
    await this.storage.delete(row.fileKey);
  }
}

/** The learner's file name, kept to plain characters for a Content-Disposition header. */
function safeName(name: string | null, id: string, extension: string): string {
  const base = (name ?? '')
    .replace(/\.[^.]*$/, '')
    .replace(/[^\w.-]+/g, '-')
    .slice(0, 80);
  return `${base || `certificate-${id.slice(0, 8)}`}.${extension}`;
}
