import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
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
    const byLesson = new Map<string, LessonMediaEntity[]>();
    for (const row of rows) {
      const list = byLesson.get(row.lessonId) ?? [];
      list.push(row);
      byLesson.set(row.lessonId, list);
    }
    return lessonIds.map((id) => byLesson.get(id) ?? []);
  }

  async byId(id: string): Promise<LessonMediaEntity | null> {
    return this.db.getRepository(LessonMediaEntity).findOne({ where: { id } });
  }
}
