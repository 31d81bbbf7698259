import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CourseVersionStatus } from '@fascicle/catalog';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../identity/auth/principal.js';
import { CatalogErrors } from './catalog-errors.js';
import { assertAuthor, lockedVersion } from './draft-guard.js';
import { CourseVersionEntity } from './entities/course-version.entity.js';
import { CourseEntity } from './entities/course.entity.js';
import { filesOfLessons, LessonMediaService } from './media/lesson-media.service.js';

/** What discarding a draft removed. */
export interface DiscardedDraft {
  versionId: string;
  courseId: string;
  number: number;
  /** True when the draft was the course's only version: the course went with it. */
  courseRemoved: boolean;
}

/**
 * Throws a draft away: the version row goes, and with it (ON DELETE CASCADE) its modules,
 * lessons, question banks, questions and quizzes, whichever module owns them. Only a DRAFT
 * (a sent-back version is one again): a version in review, published or retired is a record
 * learners and reviewers rely on. A course whose only version is that draft was never
 * published, so nothing refers to it; it is removed too rather than left empty.
 */
@Injectable()
export class DraftDiscardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly media: LessonMediaService,
  ) {}

  async discard(versionId: string, principal: Principal): Promise<DiscardedDraft> {
    let files: string[] = [];
    const discarded = await this.db.transaction(async (manager) => {
      const version = await lockedVersion(manager, versionId);
      await assertAuthor(manager, version.courseId, principal);
      if (version.status !== CourseVersionStatus.DRAFT) {
        throw CatalogErrors.notDiscardable(version.number, version.status);
      }
      const others = await manager.countBy(CourseVersionEntity, { courseId: version.courseId });
      const courseRemoved = others === 1;
      files = await filesOfLessons(manager, { versionId: version.id });
      await manager.delete(CourseVersionEntity, { id: version.id });
      if (courseRemoved) await manager.delete(CourseEntity, { id: version.courseId });
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'COURSE_VERSION_DISCARDED',
        subjectType: 'course_version',
        subjectId: version.id,
        details: {
          courseId: version.courseId,
          number: version.number,
          reviewComment: version.reviewComment,
          courseRemoved,
        },
      });
      return {
        versionId: version.id,
        courseId: version.courseId,
        number: version.number,
        courseRemoved,
      };
    });
    // The draft's own uploads go; files it shares with earlier versions stay.
    await this.media.deleteUnused(files);
    return discarded;
  }
}
