import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isEditable } from '@fascicle/catalog';
import type { Principal } from '../identity/auth/principal.js';
import { CatalogErrors } from './catalog-errors.js';
import { CourseAuthorEntity } from './entities/course-author.entity.js';
import { CourseVersionEntity } from './entities/course-version.entity.js';

/**
 * The one door to changing a version's content. It locks the version row (so a publish
 * cannot slip in between the check and the write), then checks that the caller is an
 * author of the course and that the version is still a draft. Every content change runs
 * inside it, in its transaction.
 */
@Injectable()
export class DraftGuard {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async edit<T>(
    versionId: string,
    principal: Principal,
    work: (manager: EntityManager, version: CourseVersionEntity) => Promise<T>,
    field = 'versionId',
  ): Promise<T> {
    return this.db.transaction(async (manager) => {
      const version = await lockedVersion(manager, versionId, field);
      await assertAuthor(manager, version.courseId, principal);
      if (!isEditable(version.status))
        throw CatalogErrors.notEditable(version.number, version.status);
      return work(manager, version);
    });
  }
}

export async function lockedVersion(
  manager: EntityManager,
  versionId: string,
  field = 'versionId',
): Promise<CourseVersionEntity> {
  const version = await manager.findOne(CourseVersionEntity, {
    where: { id: versionId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!version) throw CatalogErrors.versionNotFound(field);
  return version;
}

export async function isAuthor(
  manager: EntityManager,
  courseId: string,
  userId: string,
): Promise<boolean> {
  return manager.exists(CourseAuthorEntity, { where: { courseId, userId } });
}

export async function assertAuthor(
  manager: EntityManager,
  courseId: string,
  principal: Principal,
): Promise<void> {
  if (!(await isAuthor(manager, courseId, principal.userId))) throw CatalogErrors.notAnAuthor();
}
