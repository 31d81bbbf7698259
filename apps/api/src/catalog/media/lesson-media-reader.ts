import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { groupByKey } from '../../common/database/batch.js';
import { LessonMediaEntity } from '../entities/lesson-media.entity.js';

/** Reads lesson media in batches, for the per-request DataLoader and the file routes. */
@Injectable()
export class LessonMediaReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each lesson's media, ordered by position, in the order asked. */
  async byLessonIds(lessonIds: readonly string[]): Promise<LessonMediaEntity[][]> {
    const rows = await this.db.getRepository(LessonMediaEntity).find({
      where: { lessonId: In([...new Set(lessonIds)]) },
      order: { position: 'ASC' },
    });
    return groupByKey(lessonIds, rows, (row) => row.lessonId);
  }

  async byId(id: string): Promise<LessonMediaEntity | null> {
    return this.db.getRepository(LessonMediaEntity).findOne({ where: { id } });
  }
}
