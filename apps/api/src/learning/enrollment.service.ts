import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { Role } from '@fascicle/common';
import { CatalogReader } from '../catalog/catalog-reader.js';
import { Clock, todayUtc } from '../config/clock.js';
import type { Principal } from '../identity/auth/principal.js';
import { EnrollmentEntity, EnrollmentStatus } from './entities/enrollment.entity.js';
import { ENROLLMENT_GATE, type EnrollmentGate } from './enrollment-gate.js';
import { LearningErrors } from './learning-errors.js';
import { isUniqueViolation } from '../common/database/unique-violation.js';
import { InvalidInputError } from '../common/errors/domain-error.js';

/** Enrolling in a course's published version, and finding a learner's enrollments. */
@Injectable()
export class EnrollmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogReader,
    private readonly clock: Clock,
    @Inject(ENROLLMENT_GATE) private readonly gate: EnrollmentGate,
  ) {}

  /**
   * Enrols the learner in the course's current published version. Idempotent: enrolling
   * again returns the enrollment in progress (on whatever version it is). Prerequisite
   * courses must have been completed, on any version.
   */
  async enroll(courseId: string, principal: Principal): Promise<EnrollmentEntity> {
    const [course] = await this.catalog.coursesByIds([courseId]);
    if (!course) throw LearningErrors.courseNotFound();
    const active = await this.db.manager.findOneBy(EnrollmentEntity, {
      userId: principal.userId,
      courseId,
      status: EnrollmentStatus.ACTIVE,
    });
    if (active) return active;
    if (!course.publishedVersionId) throw LearningErrors.notPublished();
    const [version] = await this.catalog.versionsByIds([course.publishedVersionId]);
    // Past its credit period a course may still be read, but no one can start it for credit.
    if (version?.creditEndsOn && todayUtc(this.clock) > version.creditEndsOn) {
      throw LearningErrors.creditEnded(version.creditEndsOn);
    }

    const refusal = await this.gate.refusal(principal.userId, courseId);
    if (refusal) throw InvalidInputError.of(refusal.field, refusal.message);

    const [prerequisites] = await this.catalog.prerequisitesByCourseIds([courseId]);
    const missing = await this.missingPrerequisites(
      principal.userId,
      prerequisites!.map((c) => c.id),
    );
    if (missing.length > 0) {
      const versions = await this.catalog.versionsByIds(
        prerequisites!.filter((c) => missing.includes(c.id)).map((c) => c.publishedVersionId ?? ''),
      );
      throw LearningErrors.prerequisitesMissing(
        prerequisites!
          .filter((c) => missing.includes(c.id))
          .map((c, i) => versions[i]?.title ?? c.slug),
      );
    }
    try {
      return await this.db.manager.save(
        this.db.manager.create(EnrollmentEntity, {
          userId: principal.userId,
          courseId,
          versionId: course.publishedVersionId,
          status: EnrollmentStatus.ACTIVE,
          enrolledAt: this.clock.now(),
        }),
      );
    } catch (error) {
      // Two enrol clicks at once, or a completed enrollment on this very version.
      if (!isUniqueViolation(error)) throw error;
      return this.db.manager.findOneByOrFail(EnrollmentEntity, [
        { userId: principal.userId, courseId, status: EnrollmentStatus.ACTIVE },
        { userId: principal.userId, versionId: course.publishedVersionId },
      ]);
    }
  }

  mine(userId: string): Promise<EnrollmentEntity[]> {
    return this.db.manager.find(EnrollmentEntity, {
      where: { userId },
      order: { enrolledAt: 'DESC' },
      take: 500,
    });
  }

  /** The learner's own enrollment (or any, for an admin); others do not exist. */
  async visible(enrollmentId: string, principal: Principal): Promise<EnrollmentEntity> {
    const enrollment = await this.db.manager.findOneBy(EnrollmentEntity, { id: enrollmentId });
    const allowed =
      enrollment &&
      (enrollment.userId === principal.userId || principal.roles.includes(Role.ADMIN));
    if (!allowed) throw LearningErrors.enrollmentNotFound();
    return enrollment;
  }

  private async missingPrerequisites(userId: string, courseIds: string[]): Promise<string[]> {
    if (courseIds.length === 0) return [];
    const done = await this.db.manager.findBy(EnrollmentEntity, {
      userId,
      courseId: In(courseIds),
      status: EnrollmentStatus.COMPLETED,
    });
    return courseIds.filter((id) => !done.some((enrollment) => enrollment.courseId === id));
  }
}
