import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '@fascicle/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../identity/auth/principal.js';
import { CatalogErrors } from './catalog-errors.js';
import type { RemoveCourseAuthorInput } from './dto/review.input.js';
import { CourseAuthorEntity } from './entities/course-author.entity.js';
import { CourseEntity } from './entities/course.entity.js';

/**
 * Taking an author off a course. Any author may add one (CourseAuthoringService); removing
 * is for the owner (who created the course) and admins, so co-authors cannot push each
 * other out. The owner stays, and so does the last author: a course always has someone who
 * can edit it.
 */
@Injectable()
export class CourseAuthorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async removeAuthor(input: RemoveCourseAuthorInput, principal: Principal): Promise<void> {
    await this.db.transaction(async (manager) => {
      // Locked, so two removals at once cannot both pass the last-author check.
      const course = await manager.findOne(CourseEntity, {
        where: { id: input.courseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!course) throw CatalogErrors.courseNotFound();
      if (!principal.roles.includes(Role.ADMIN) && course.createdBy !== principal.userId) {
        throw CatalogErrors.notOwner();
      }
      const authors = await manager.findBy(CourseAuthorEntity, { courseId: course.id });
      if (!authors.some((author) => author.userId === input.userId)) {
        throw CatalogErrors.notAnAuthorOf();
      }
      if (input.userId === course.createdBy) throw CatalogErrors.ownerStays();
      if (authors.length <= 1) throw CatalogErrors.lastAuthor();
      await manager.delete(CourseAuthorEntity, { courseId: course.id, userId: input.userId });
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'COURSE_AUTHOR_REMOVED',
        subjectType: 'course',
        subjectId: course.id,
        details: { userId: input.userId },
      });
    });
  }
}
