import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '@fascicle/common';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { isAuthor } from '../catalog/draft-guard.js';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error.js';
import type { Principal } from '../identity/auth/principal.js';

/** The course as board reporting names it: its title from the version learners take. */
export interface ReportingCourse {
  id: string;
  title: string;
}

/**
 * Who may see and change a course's board reporting: admins and the course's authors, as for
 * its live sessions. Learners never see the report (it holds other people's license numbers).
 */
@Injectable()
export class BoardReportingAccess {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogReader,
  ) {}

  /** Read before any transaction: the embedded database has one connection. */
  async assertManager(courseId: string, principal: Principal): Promise<ReportingCourse> {
    const [course] = await this.catalog.coursesByIds([courseId]);
    if (!course) throw new NotFoundError('No such course');
    const allowed =
      principal.roles.includes(Role.ADMIN) ||
      (await isAuthor(this.db.manager, courseId, principal.userId));
    if (!allowed) {
      throw new ForbiddenError(
        "Only the course's authors or an admin can manage its board reporting",
      );
    }
    const versionId = course.publishedVersionId;
    const [version] = versionId ? await this.catalog.versionsByIds([versionId]) : [null];
    return { id: course.id, title: version?.title ?? course.slug };
  }
}
