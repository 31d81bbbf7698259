import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { AppConfig } from '../../config/app-config.js';
import type { Principal } from '../../identity/auth/principal.js';
import { ROOT_LOGGER } from '../../logging/logging.module.js';
import { MEDIA_STORAGE, type MediaStorage, type StoredFile } from '../../media/media-storage.js';
import { CatalogErrors } from '../catalog-errors.js';
import { DraftGuard } from '../draft-guard.js';
import { CourseModuleEntity } from '../entities/course-module.entity.js';
import { LessonMediaEntity } from '../entities/lesson-media.entity.js';
import { LessonEntity } from '../entities/lesson.entity.js';
import { LessonMediaReader } from './lesson-media-reader.js';
import { checkUpload, type MediaUpload } from './media-files.js';

const mediaNotFound = () => new NotFoundError('No such media', { field: 'mediaId' });

/**
 * Images and videos in lessons: added and removed by the authors of a draft (through the
 * DraftGuard, like every other content change), read by anyone who has the id.
 */
@Injectable()
export class LessonMediaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly drafts: DraftGuard,
    private readonly reader: LessonMediaReader,
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async upload(
    lessonId: string,
    upload: MediaUpload,
    principal: Principal,
  ): Promise<LessonMediaEntity> {
    const versionId = await this.versionOfLesson(lessonId);
    // Who may add and whether the version is a draft, before the (slower) image work.
    await this.drafts.edit(versionId, principal, async () => undefined, 'lessonId');
    const media = await checkUpload(upload, this.config.mediaLimits);
    const storageKey = `lessons/${randomUUID()}`;
    const captionsKey = media.kind === 'VIDEO' ? `${storageKey}-captions` : null;
    await this.storage.put(storageKey, media.bytes, media.contentType);
    if (media.kind === 'VIDEO') {
      await this.storage.put(captionsKey!, media.captions, 'text/vtt; charset=utf-8');
    }
    try {
      return await this.drafts.edit(
        versionId,
        principal,
        async (manager) => {
          const [{ last }] = (await manager.query(
            `SELECT COALESCE(max(position), 0)::int AS last FROM lesson_media WHERE lesson_id = $1`,
            [lessonId],
          )) as [{ last: number }];
          return manager.save(
            manager.create(LessonMediaEntity, {
              lessonId,
              position: last + 1,
              kind: media.kind,
              storageKey,
              contentType: media.contentType,
              bytes: media.bytes.length,
              width: media.kind === 'IMAGE' ? media.width : null,
              height: media.kind === 'IMAGE' ? media.height : null,
              altText: media.kind === 'IMAGE' ? media.altText : null,
              durationSeconds: media.kind === 'VIDEO' ? media.durationSeconds : null,
              captionsKey,
              transcript: media.kind === 'VIDEO' ? media.transcript : null,
            }),
          );
        },
        'lessonId',
      );
    } catch (error) {
      // Nothing refers to the files: do not leave them behind.
      await this.storage.delete(storageKey);
      if (captionsKey) await this.storage.delete(captionsKey);
      throw error;
    }
  }

  /** Takes a file out of a draft's lesson; the stored file goes once no version uses it. */
  async remove(mediaId: string, principal: Principal): Promise<void> {
    const row = await this.reader.byId(mediaId);
    if (!row) throw mediaNotFound();
    const versionId = await this.versionOfLesson(row.lessonId);
    const unused = await this.drafts.edit(
      versionId,
      principal,
      async (manager) => {
        const locked = await manager.findOne(LessonMediaEntity, {
          where: { id: mediaId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!locked) throw mediaNotFound();
        await manager.delete(LessonMediaEntity, { id: mediaId });
        await manager.query(
          `UPDATE lesson_media SET position = position - 1 WHERE lesson_id = $1 AND position > $2`,
          [locked.lessonId, locked.position],
        );
        return unusedKeys(manager, [locked.storageKey, locked.captionsKey]);
      },
      'mediaId',
    );
    for (const key of unused) await this.storage.delete(key);
  }

  /**
   * After lessons were deleted (their rows go by ON DELETE CASCADE): deletes the files, found
   * by `filesOfLessons` inside that transaction, that no remaining row uses. A file that cannot
   * be deleted now is only left behind, so the change the caller committed still stands.
   */
  async deleteUnused(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    try {
      const unused = await this.db.transaction((manager) => unusedKeys(manager, keys));
      for (const key of unused) await this.storage.delete(key);
    } catch (error) {
      this.logger.warn({ err: error, keys }, 'could not delete unused lesson media files');
    }
  }

  /** The file of a media row, or null (unknown id, or the file is gone). */
  async file(mediaId: string): Promise<StoredFile | null> {
    const row = await this.reader.byId(mediaId);
    return row ? this.storage.get(row.storageKey) : null;
  }

  async captions(mediaId: string): Promise<StoredFile | null> {
    const row = await this.reader.byId(mediaId);
    return row?.captionsKey ? this.storage.get(row.captionsKey) : null;
  }

  private async versionOfLesson(lessonId: string): Promise<string> {
    const lesson = await this.db
      .getRepository(LessonEntity)
      .findOne({ where: { id: lessonId }, select: { id: true, moduleId: true } });
    if (!lesson) throw CatalogErrors.lessonNotFound();
    const module = await this.db
      .getRepository(CourseModuleEntity)
      .findOne({ where: { id: lesson.moduleId }, select: { id: true, versionId: true } });
    return module!.versionId;
  }
}

/** The stored files of the media of some lessons, by lesson, module or version. */
export async function filesOfLessons(
  manager: EntityManager,
  where: { lessonId: string } | { moduleId: string } | { versionId: string },
): Promise<string[]> {
  const [column, id] =
    'lessonId' in where
      ? ['l.id', where.lessonId]
      : 'moduleId' in where
        ? ['l.module_id', where.moduleId]
        : ['m.version_id', where.versionId];
  const rows = (await manager.query(
    `SELECT d.storage_key AS "storageKey", d.captions_key AS "captionsKey"
       FROM lesson_media d
       JOIN lessons l ON l.id = d.lesson_id
       JOIN course_modules m ON m.id = l.module_id
      WHERE ${column} = $1`,
    [id],
  )) as { storageKey: string; captionsKey: string | null }[];
  return rows.flatMap((row) =>
    row.captionsKey ? [row.storageKey, row.captionsKey] : [row.storageKey],
  );
}

/** The keys no row refers to any more (a draft's copy shares its files with the published version). */
async function unusedKeys(manager: EntityManager, keys: (string | null)[]): Promise<string[]> {
  const given = keys.filter((key): key is string => key !== null);
  const used = (await manager.query(
    `SELECT DISTINCT k AS key FROM unnest($1::text[]) AS k
      WHERE EXISTS (SELECT 1 FROM lesson_media d WHERE d.storage_key = k OR d.captions_key = k)`,
    [given],
  )) as { key: string }[];
  const stillUsed = new Set(used.map((row) => row.key));
  return given.filter((key) => !stillUsed.has(key));
}

/**
 * Copies the media of a version's lessons into the draft copied from it: new rows pointing at
 * the same files (matched by lesson lineage), so the published rows stay as they were.
 */
export async function copyLessonMedia(
  manager: EntityManager,
  sourceModuleIds: string[],
  draftModuleIds: string[],
): Promise<void> {
  await manager.query(
    `INSERT INTO lesson_media (lesson_id, position, kind, storage_key, content_type, bytes, width,
                               height, alt_text, duration_seconds, captions_key, transcript)
     SELECT copy.id, d.position, d.kind, d.storage_key, d.content_type, d.bytes, d.width,
            d.height, d.alt_text, d.duration_seconds, d.captions_key, d.transcript
       FROM lesson_media d
       JOIN lessons source ON source.id = d.lesson_id
       JOIN lessons copy ON copy.lineage_id = source.lineage_id
      WHERE source.module_id = ANY($1::uuid[]) AND copy.module_id = ANY($2::uuid[])`,
    [sourceModuleIds, draftModuleIds],
  );
}
